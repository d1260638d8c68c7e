/** An input that cannot be analysed. `where` names the file (and line) at fault. */
export class InputError extends Error {
  readonly where: string | undefined;
  constructor(message: string, where?: string) {
    super(where ? `${where}: ${message}` : message);
    this.name = 'InputError';
    this.where = where;
  }
}
