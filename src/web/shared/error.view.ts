import { ErrorBody } from '../../common/errors/error-response';
import { pageTemplate } from '../page-template';

/** An error as a page: its status and message, in the page's language. */
export interface ErrorView {
  error: ErrorBody;
}

export const ERROR_PAGE = pageTemplate<ErrorView>(__dirname, 'error');
