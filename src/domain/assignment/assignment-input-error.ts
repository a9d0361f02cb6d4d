/** The input cannot be solved as given (a programming or data error, not an unlucky instance). */
export class AssignmentInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssignmentInputError';
  }
}
