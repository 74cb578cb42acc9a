import * as tf from '@tensorflow/tfjs-core';
import * as wasm from '@tensorflow/tfjs-backend-wasm';
await tf.setBackend('wasm');
await tf.ready();
console.log(tf.getBackend(), wasm.getThreadsCount?.(), tf.env().getAsync && await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT'), await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'));
for (const [m,k,n] of [[512,512,512],[128,784,128],[10,2,8]]) {
 for (const [ta,tb] of [[false,false],[true,false],[false,true],[true,true]]) {
  const a = tf.randomUniform(ta?[k,m]:[m,k]); const b = tf.randomUniform(tb?[n,k]:[k,n]);
  let reps = 1; let t;
  for(;;){ const t0=performance.now(); for(let i=0;i<reps;i++){ const c=tf.matMul(a,b,ta,tb); c.dataSync(); c.dispose(); } t=performance.now()-t0; if(t>50)break; reps*=2;}
  console.log(m,k,n,ta,tb, (2*m*n*k*reps/t/1e6).toFixed(2),'GF/s', (t/reps*1000).toFixed(1),'us');
 }
}
