export function serverJobs(): string {
  return 'server-jobs';
}
