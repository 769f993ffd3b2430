export { enterpriseName } from './internal';
