import { FieldProblem } from '../../common/errors/domain-exception';
import { formatPath, PathSegment } from './json-path';

/** At most this many problems are reported; a bundle broken everywhere would otherwise answer megabytes. */
export const MAX_PROBLEMS = 1000;

/** Problems found in a bundle, each a field error whose field is a path into it (`nominations[3].trackCode`). */
export class ProblemList {
  private readonly items: FieldProblem[] = [];
  private dropped = 0;

  add(path: readonly PathSegment[], code: string, es: string, en: string): void {
    if (this.items.length >= MAX_PROBLEMS) {
      this.dropped++;
      return;
    }
    const field = formatPath(path);
    const prefix = field ? `${field}: ` : '';
    this.items.push({ field, code, message: { es: `${prefix}${es}`, en: `${prefix}${en}` } });
  }

  get size(): number {
    return this.items.length + this.dropped;
  }

  get empty(): boolean {
    return this.size === 0;
  }

  /** The problems, with a last entry saying how many more were left out. */
  toFieldProblems(): FieldProblem[] {
    if (this.dropped === 0) return [...this.items];
    return [
      ...this.items,
      {
        field: '',
        code: 'tooManyProblems',
        message: {
          es: `y ${this.dropped} problemas más que no se muestran`,
          en: `and ${this.dropped} more problems not shown`,
        },
      },
    ];
  }
}
