export * from './assignment.types';
export * from './assignment-input-error';
export { assignJudges } from './assign-judges';
