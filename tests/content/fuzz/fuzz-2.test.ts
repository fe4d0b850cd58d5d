import { fuzz } from './suite.ts';

fuzz(2, 2);
