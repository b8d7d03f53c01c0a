import { serverJobs } from './server-jobs';

describe('serverJobs', () => {
  it('should work', () => {
    expect(serverJobs()).toEqual('server-jobs');
  })
})
