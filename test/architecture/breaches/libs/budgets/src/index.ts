// breach: production-code-imports-no-testing
import { app } from '@small-places/testing';
export const budget = app;
