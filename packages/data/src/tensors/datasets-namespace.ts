export { digits, iris, playground, blobs, spiralK, type TensorData, type TensorSplit } from './datasets.js';
