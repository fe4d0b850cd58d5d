import { fuzz } from './suite.ts';

fuzz(1, 2);
