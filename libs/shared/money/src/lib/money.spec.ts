import { money } from './money';

describe('money', () => {
  it('should work', () => {
    expect(money()).toEqual('money');
  })
})
