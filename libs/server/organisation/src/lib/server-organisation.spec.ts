import { serverOrganisation } from './server-organisation';

describe('serverOrganisation', () => {
  it('should work', () => {
    expect(serverOrganisation()).toEqual('server-organisation');
  })
})
