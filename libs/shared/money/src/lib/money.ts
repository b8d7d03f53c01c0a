export function money(): string {
  return 'money';
}
