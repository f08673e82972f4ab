export { readWorkbook } from './reader/parse';
export { recognise } from './reader/recognise';
