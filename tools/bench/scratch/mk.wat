(module
 (type $0 (func (param i32 i32 i32 i32 i32)))
 (import "env" "memory" (memory $0 0))
 (export "k4x8u1" (func $scratch/mk/k4x8u1))
 (export "p4x8u1" (func $scratch/mk/p4x8u1))
 (export "k4x8u2" (func $scratch/mk/k4x8u2))
 (export "p4x8u2" (func $scratch/mk/p4x8u2))
 (export "k5x8u1" (func $scratch/mk/k5x8u1))
 (export "p5x8u1" (func $scratch/mk/p5x8u1))
 (export "k5x8u2" (func $scratch/mk/k5x8u2))
 (export "p5x8u2" (func $scratch/mk/p5x8u2))
 (export "memory" (memory $0))
 (func $scratch/mk/p5x8u2 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
  (local $19 i32)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  loop $for-loop|0
   local.get $0
   local.get $18
   i32.gt_s
   if
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $8
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $9
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $10
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $11
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $12
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $13
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $14
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $15
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $16
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $17
    local.get $2
    local.set $5
    local.get $3
    local.tee $6
    local.get $1
    i32.const 5
    i32.shl
    i32.add
    local.set $19
    loop $while-continue|1
     local.get $6
     local.get $19
     i32.lt_u
     if
      local.get $8
      local.get $5
      v128.load
      local.tee $20
      local.get $6
      v128.load
      local.tee $21
      f32x4.mul
      f32x4.add
      local.get $5
      v128.load offset=80
      local.tee $22
      local.get $6
      v128.load offset=32
      local.tee $7
      f32x4.mul
      f32x4.add
      local.set $8
      local.get $9
      local.get $20
      local.get $6
      v128.load offset=16
      local.tee $20
      f32x4.mul
      f32x4.add
      local.get $22
      local.get $6
      v128.load offset=48
      local.tee $22
      f32x4.mul
      f32x4.add
      local.set $9
      local.get $10
      local.get $5
      v128.load offset=16
      local.tee $23
      local.get $21
      f32x4.mul
      f32x4.add
      local.get $5
      v128.load offset=96
      local.tee $24
      local.get $7
      f32x4.mul
      f32x4.add
      local.set $10
      local.get $11
      local.get $23
      local.get $20
      f32x4.mul
      f32x4.add
      local.get $24
      local.get $22
      f32x4.mul
      f32x4.add
      local.set $11
      local.get $12
      local.get $5
      v128.load offset=32
      local.tee $23
      local.get $21
      f32x4.mul
      f32x4.add
      local.get $5
      v128.load offset=112
      local.tee $24
      local.get $7
      f32x4.mul
      f32x4.add
      local.set $12
      local.get $13
      local.get $23
      local.get $20
      f32x4.mul
      f32x4.add
      local.get $24
      local.get $22
      f32x4.mul
      f32x4.add
      local.set $13
      local.get $14
      local.get $5
      v128.load offset=48
      local.tee $23
      local.get $21
      f32x4.mul
      f32x4.add
      local.get $5
      v128.load offset=128
      local.tee $24
      local.get $7
      f32x4.mul
      f32x4.add
      local.set $14
      local.get $15
      local.get $23
      local.get $20
      f32x4.mul
      f32x4.add
      local.get $24
      local.get $22
      f32x4.mul
      f32x4.add
      local.set $15
      local.get $16
      local.get $5
      v128.load offset=64
      local.tee $23
      local.get $21
      f32x4.mul
      f32x4.add
      local.get $5
      v128.load offset=144
      local.tee $21
      local.get $7
      f32x4.mul
      f32x4.add
      local.set $16
      local.get $17
      local.get $23
      local.get $20
      f32x4.mul
      f32x4.add
      local.get $21
      local.get $22
      f32x4.mul
      f32x4.add
      local.set $17
      local.get $5
      i32.const 160
      i32.add
      local.set $5
      local.get $6
      i32.const -64
      i32.sub
      local.set $6
      br $while-continue|1
     end
    end
    local.get $4
    local.get $4
    v128.load
    local.get $8
    f32x4.add
    v128.store
    local.get $4
    local.get $4
    v128.load offset=16
    local.get $9
    f32x4.add
    v128.store offset=16
    local.get $4
    local.get $4
    v128.load offset=32
    local.get $10
    f32x4.add
    v128.store offset=32
    local.get $4
    local.get $4
    v128.load offset=48
    local.get $11
    f32x4.add
    v128.store offset=48
    local.get $4
    local.get $4
    v128.load offset=64
    local.get $12
    f32x4.add
    v128.store offset=64
    local.get $4
    local.get $4
    v128.load offset=80
    local.get $13
    f32x4.add
    v128.store offset=80
    local.get $4
    local.get $4
    v128.load offset=96
    local.get $14
    f32x4.add
    v128.store offset=96
    local.get $4
    local.get $4
    v128.load offset=112
    local.get $15
    f32x4.add
    v128.store offset=112
    local.get $4
    local.get $4
    v128.load offset=128
    local.get $16
    f32x4.add
    v128.store offset=128
    local.get $4
    local.get $4
    v128.load offset=144
    local.get $17
    f32x4.add
    v128.store offset=144
    local.get $18
    i32.const 1
    i32.add
    local.set $18
    br $for-loop|0
   end
  end
 )
 (func $scratch/mk/p5x8u1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
  (local $19 i32)
  (local $20 v128)
  (local $21 v128)
  loop $for-loop|0
   local.get $0
   local.get $18
   i32.gt_s
   if
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $8
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $9
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $10
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $11
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $12
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $13
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $14
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $15
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $16
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $17
    local.get $2
    local.set $5
    local.get $3
    local.tee $6
    local.get $1
    i32.const 5
    i32.shl
    i32.add
    local.set $19
    loop $while-continue|1
     local.get $6
     local.get $19
     i32.lt_u
     if
      local.get $8
      local.get $5
      v128.load
      local.tee $20
      local.get $6
      v128.load
      local.tee $7
      f32x4.mul
      f32x4.add
      local.set $8
      local.get $9
      local.get $20
      local.get $6
      v128.load offset=16
      local.tee $20
      f32x4.mul
      f32x4.add
      local.set $9
      local.get $10
      local.get $5
      v128.load offset=16
      local.tee $21
      local.get $7
      f32x4.mul
      f32x4.add
      local.set $10
      local.get $11
      local.get $21
      local.get $20
      f32x4.mul
      f32x4.add
      local.set $11
      local.get $12
      local.get $5
      v128.load offset=32
      local.tee $21
      local.get $7
      f32x4.mul
      f32x4.add
      local.set $12
      local.get $13
      local.get $21
      local.get $20
      f32x4.mul
      f32x4.add
      local.set $13
      local.get $14
      local.get $5
      v128.load offset=48
      local.tee $21
      local.get $7
      f32x4.mul
      f32x4.add
      local.set $14
      local.get $15
      local.get $21
      local.get $20
      f32x4.mul
      f32x4.add
      local.set $15
      local.get $16
      local.get $5
      v128.load offset=64
      local.tee $21
      local.get $7
      f32x4.mul
      f32x4.add
      local.set $16
      local.get $17
      local.get $21
      local.get $20
      f32x4.mul
      f32x4.add
      local.set $17
      local.get $5
      i32.const 80
      i32.add
      local.set $5
      local.get $6
      i32.const 32
      i32.add
      local.set $6
      br $while-continue|1
     end
    end
    local.get $4
    local.get $4
    v128.load
    local.get $8
    f32x4.add
    v128.store
    local.get $4
    local.get $4
    v128.load offset=16
    local.get $9
    f32x4.add
    v128.store offset=16
    local.get $4
    local.get $4
    v128.load offset=32
    local.get $10
    f32x4.add
    v128.store offset=32
    local.get $4
    local.get $4
    v128.load offset=48
    local.get $11
    f32x4.add
    v128.store offset=48
    local.get $4
    local.get $4
    v128.load offset=64
    local.get $12
    f32x4.add
    v128.store offset=64
    local.get $4
    local.get $4
    v128.load offset=80
    local.get $13
    f32x4.add
    v128.store offset=80
    local.get $4
    local.get $4
    v128.load offset=96
    local.get $14
    f32x4.add
    v128.store offset=96
    local.get $4
    local.get $4
    v128.load offset=112
    local.get $15
    f32x4.add
    v128.store offset=112
    local.get $4
    local.get $4
    v128.load offset=128
    local.get $16
    f32x4.add
    v128.store offset=128
    local.get $4
    local.get $4
    v128.load offset=144
    local.get $17
    f32x4.add
    v128.store offset=144
    local.get $18
    i32.const 1
    i32.add
    local.set $18
    br $for-loop|0
   end
  end
 )
 (func $scratch/mk/p4x8u2 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 i32)
  (local $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  loop $for-loop|0
   local.get $0
   local.get $16
   i32.gt_s
   if
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $7
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $8
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $9
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $10
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $11
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $12
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $13
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $14
    local.get $2
    local.set $5
    local.get $3
    local.tee $6
    local.get $1
    i32.const 5
    i32.shl
    i32.add
    local.set $17
    loop $while-continue|1
     local.get $6
     local.get $17
     i32.lt_u
     if
      local.get $7
      local.get $5
      v128.load
      local.tee $18
      local.get $6
      v128.load
      local.tee $19
      f32x4.mul
      f32x4.add
      local.get $5
      v128.load offset=64
      local.tee $20
      local.get $6
      v128.load offset=32
      local.tee $15
      f32x4.mul
      f32x4.add
      local.set $7
      local.get $8
      local.get $18
      local.get $6
      v128.load offset=16
      local.tee $18
      f32x4.mul
      f32x4.add
      local.get $20
      local.get $6
      v128.load offset=48
      local.tee $20
      f32x4.mul
      f32x4.add
      local.set $8
      local.get $9
      local.get $5
      v128.load offset=16
      local.tee $21
      local.get $19
      f32x4.mul
      f32x4.add
      local.get $5
      v128.load offset=80
      local.tee $22
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $9
      local.get $10
      local.get $21
      local.get $18
      f32x4.mul
      f32x4.add
      local.get $22
      local.get $20
      f32x4.mul
      f32x4.add
      local.set $10
      local.get $11
      local.get $5
      v128.load offset=32
      local.tee $21
      local.get $19
      f32x4.mul
      f32x4.add
      local.get $5
      v128.load offset=96
      local.tee $22
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $11
      local.get $12
      local.get $21
      local.get $18
      f32x4.mul
      f32x4.add
      local.get $22
      local.get $20
      f32x4.mul
      f32x4.add
      local.set $12
      local.get $13
      local.get $5
      v128.load offset=48
      local.tee $21
      local.get $19
      f32x4.mul
      f32x4.add
      local.get $5
      v128.load offset=112
      local.tee $19
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $13
      local.get $14
      local.get $21
      local.get $18
      f32x4.mul
      f32x4.add
      local.get $19
      local.get $20
      f32x4.mul
      f32x4.add
      local.set $14
      local.get $5
      i32.const 128
      i32.add
      local.set $5
      local.get $6
      i32.const -64
      i32.sub
      local.set $6
      br $while-continue|1
     end
    end
    local.get $4
    local.get $4
    v128.load
    local.get $7
    f32x4.add
    v128.store
    local.get $4
    local.get $4
    v128.load offset=16
    local.get $8
    f32x4.add
    v128.store offset=16
    local.get $4
    local.get $4
    v128.load offset=32
    local.get $9
    f32x4.add
    v128.store offset=32
    local.get $4
    local.get $4
    v128.load offset=48
    local.get $10
    f32x4.add
    v128.store offset=48
    local.get $4
    local.get $4
    v128.load offset=64
    local.get $11
    f32x4.add
    v128.store offset=64
    local.get $4
    local.get $4
    v128.load offset=80
    local.get $12
    f32x4.add
    v128.store offset=80
    local.get $4
    local.get $4
    v128.load offset=96
    local.get $13
    f32x4.add
    v128.store offset=96
    local.get $4
    local.get $4
    v128.load offset=112
    local.get $14
    f32x4.add
    v128.store offset=112
    local.get $16
    i32.const 1
    i32.add
    local.set $16
    br $for-loop|0
   end
  end
 )
 (func $scratch/mk/p4x8u1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 i32)
  (local $17 i32)
  (local $18 v128)
  (local $19 v128)
  loop $for-loop|0
   local.get $0
   local.get $16
   i32.gt_s
   if
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $7
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $8
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $9
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $10
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $11
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $12
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $13
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $14
    local.get $2
    local.set $5
    local.get $3
    local.tee $6
    local.get $1
    i32.const 5
    i32.shl
    i32.add
    local.set $17
    loop $while-continue|1
     local.get $6
     local.get $17
     i32.lt_u
     if
      local.get $7
      local.get $5
      v128.load
      local.tee $18
      local.get $6
      v128.load
      local.tee $15
      f32x4.mul
      f32x4.add
      local.set $7
      local.get $8
      local.get $18
      local.get $6
      v128.load offset=16
      local.tee $18
      f32x4.mul
      f32x4.add
      local.set $8
      local.get $9
      local.get $5
      v128.load offset=16
      local.tee $19
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $9
      local.get $10
      local.get $19
      local.get $18
      f32x4.mul
      f32x4.add
      local.set $10
      local.get $11
      local.get $5
      v128.load offset=32
      local.tee $19
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $11
      local.get $12
      local.get $19
      local.get $18
      f32x4.mul
      f32x4.add
      local.set $12
      local.get $13
      local.get $5
      v128.load offset=48
      local.tee $19
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $13
      local.get $14
      local.get $19
      local.get $18
      f32x4.mul
      f32x4.add
      local.set $14
      local.get $5
      i32.const -64
      i32.sub
      local.set $5
      local.get $6
      i32.const 32
      i32.add
      local.set $6
      br $while-continue|1
     end
    end
    local.get $4
    local.get $4
    v128.load
    local.get $7
    f32x4.add
    v128.store
    local.get $4
    local.get $4
    v128.load offset=16
    local.get $8
    f32x4.add
    v128.store offset=16
    local.get $4
    local.get $4
    v128.load offset=32
    local.get $9
    f32x4.add
    v128.store offset=32
    local.get $4
    local.get $4
    v128.load offset=48
    local.get $10
    f32x4.add
    v128.store offset=48
    local.get $4
    local.get $4
    v128.load offset=64
    local.get $11
    f32x4.add
    v128.store offset=64
    local.get $4
    local.get $4
    v128.load offset=80
    local.get $12
    f32x4.add
    v128.store offset=80
    local.get $4
    local.get $4
    v128.load offset=96
    local.get $13
    f32x4.add
    v128.store offset=96
    local.get $4
    local.get $4
    v128.load offset=112
    local.get $14
    f32x4.add
    v128.store offset=112
    local.get $16
    i32.const 1
    i32.add
    local.set $16
    br $for-loop|0
   end
  end
 )
 (func $scratch/mk/k5x8u2 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
  (local $19 i32)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  loop $for-loop|0
   local.get $0
   local.get $18
   i32.gt_s
   if
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $8
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $9
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $10
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $11
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $12
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $13
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $14
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $15
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $16
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $17
    local.get $2
    local.set $5
    local.get $3
    local.tee $6
    local.get $1
    i32.const 5
    i32.shl
    i32.add
    local.set $19
    loop $while-continue|1
     local.get $6
     local.get $19
     i32.lt_u
     if
      local.get $8
      local.get $5
      v128.load32_splat
      local.tee $20
      local.get $6
      v128.load
      local.tee $21
      f32x4.mul
      f32x4.add
      local.get $5
      v128.load32_splat offset=20
      local.tee $22
      local.get $6
      v128.load offset=32
      local.tee $7
      f32x4.mul
      f32x4.add
      local.set $8
      local.get $9
      local.get $20
      local.get $6
      v128.load offset=16
      local.tee $20
      f32x4.mul
      f32x4.add
      local.get $22
      local.get $6
      v128.load offset=48
      local.tee $22
      f32x4.mul
      f32x4.add
      local.set $9
      local.get $10
      local.get $5
      v128.load32_splat offset=4
      local.tee $23
      local.get $21
      f32x4.mul
      f32x4.add
      local.get $5
      v128.load32_splat offset=24
      local.tee $24
      local.get $7
      f32x4.mul
      f32x4.add
      local.set $10
      local.get $11
      local.get $23
      local.get $20
      f32x4.mul
      f32x4.add
      local.get $24
      local.get $22
      f32x4.mul
      f32x4.add
      local.set $11
      local.get $12
      local.get $5
      v128.load32_splat offset=8
      local.tee $23
      local.get $21
      f32x4.mul
      f32x4.add
      local.get $5
      v128.load32_splat offset=28
      local.tee $24
      local.get $7
      f32x4.mul
      f32x4.add
      local.set $12
      local.get $13
      local.get $23
      local.get $20
      f32x4.mul
      f32x4.add
      local.get $24
      local.get $22
      f32x4.mul
      f32x4.add
      local.set $13
      local.get $14
      local.get $5
      v128.load32_splat offset=12
      local.tee $23
      local.get $21
      f32x4.mul
      f32x4.add
      local.get $5
      v128.load32_splat offset=32
      local.tee $24
      local.get $7
      f32x4.mul
      f32x4.add
      local.set $14
      local.get $15
      local.get $23
      local.get $20
      f32x4.mul
      f32x4.add
      local.get $24
      local.get $22
      f32x4.mul
      f32x4.add
      local.set $15
      local.get $16
      local.get $5
      v128.load32_splat offset=16
      local.tee $23
      local.get $21
      f32x4.mul
      f32x4.add
      local.get $5
      v128.load32_splat offset=36
      local.tee $21
      local.get $7
      f32x4.mul
      f32x4.add
      local.set $16
      local.get $17
      local.get $23
      local.get $20
      f32x4.mul
      f32x4.add
      local.get $21
      local.get $22
      f32x4.mul
      f32x4.add
      local.set $17
      local.get $5
      i32.const 40
      i32.add
      local.set $5
      local.get $6
      i32.const -64
      i32.sub
      local.set $6
      br $while-continue|1
     end
    end
    local.get $4
    local.get $4
    v128.load
    local.get $8
    f32x4.add
    v128.store
    local.get $4
    local.get $4
    v128.load offset=16
    local.get $9
    f32x4.add
    v128.store offset=16
    local.get $4
    local.get $4
    v128.load offset=32
    local.get $10
    f32x4.add
    v128.store offset=32
    local.get $4
    local.get $4
    v128.load offset=48
    local.get $11
    f32x4.add
    v128.store offset=48
    local.get $4
    local.get $4
    v128.load offset=64
    local.get $12
    f32x4.add
    v128.store offset=64
    local.get $4
    local.get $4
    v128.load offset=80
    local.get $13
    f32x4.add
    v128.store offset=80
    local.get $4
    local.get $4
    v128.load offset=96
    local.get $14
    f32x4.add
    v128.store offset=96
    local.get $4
    local.get $4
    v128.load offset=112
    local.get $15
    f32x4.add
    v128.store offset=112
    local.get $4
    local.get $4
    v128.load offset=128
    local.get $16
    f32x4.add
    v128.store offset=128
    local.get $4
    local.get $4
    v128.load offset=144
    local.get $17
    f32x4.add
    v128.store offset=144
    local.get $18
    i32.const 1
    i32.add
    local.set $18
    br $for-loop|0
   end
  end
 )
 (func $scratch/mk/k5x8u1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
  (local $19 i32)
  (local $20 v128)
  (local $21 v128)
  loop $for-loop|0
   local.get $0
   local.get $18
   i32.gt_s
   if
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $8
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $9
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $10
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $11
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $12
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $13
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $14
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $15
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $16
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $17
    local.get $2
    local.set $5
    local.get $3
    local.tee $6
    local.get $1
    i32.const 5
    i32.shl
    i32.add
    local.set $19
    loop $while-continue|1
     local.get $6
     local.get $19
     i32.lt_u
     if
      local.get $8
      local.get $5
      v128.load32_splat
      local.tee $20
      local.get $6
      v128.load
      local.tee $7
      f32x4.mul
      f32x4.add
      local.set $8
      local.get $9
      local.get $20
      local.get $6
      v128.load offset=16
      local.tee $20
      f32x4.mul
      f32x4.add
      local.set $9
      local.get $10
      local.get $5
      v128.load32_splat offset=4
      local.tee $21
      local.get $7
      f32x4.mul
      f32x4.add
      local.set $10
      local.get $11
      local.get $21
      local.get $20
      f32x4.mul
      f32x4.add
      local.set $11
      local.get $12
      local.get $5
      v128.load32_splat offset=8
      local.tee $21
      local.get $7
      f32x4.mul
      f32x4.add
      local.set $12
      local.get $13
      local.get $21
      local.get $20
      f32x4.mul
      f32x4.add
      local.set $13
      local.get $14
      local.get $5
      v128.load32_splat offset=12
      local.tee $21
      local.get $7
      f32x4.mul
      f32x4.add
      local.set $14
      local.get $15
      local.get $21
      local.get $20
      f32x4.mul
      f32x4.add
      local.set $15
      local.get $16
      local.get $5
      v128.load32_splat offset=16
      local.tee $21
      local.get $7
      f32x4.mul
      f32x4.add
      local.set $16
      local.get $17
      local.get $21
      local.get $20
      f32x4.mul
      f32x4.add
      local.set $17
      local.get $5
      i32.const 20
      i32.add
      local.set $5
      local.get $6
      i32.const 32
      i32.add
      local.set $6
      br $while-continue|1
     end
    end
    local.get $4
    local.get $4
    v128.load
    local.get $8
    f32x4.add
    v128.store
    local.get $4
    local.get $4
    v128.load offset=16
    local.get $9
    f32x4.add
    v128.store offset=16
    local.get $4
    local.get $4
    v128.load offset=32
    local.get $10
    f32x4.add
    v128.store offset=32
    local.get $4
    local.get $4
    v128.load offset=48
    local.get $11
    f32x4.add
    v128.store offset=48
    local.get $4
    local.get $4
    v128.load offset=64
    local.get $12
    f32x4.add
    v128.store offset=64
    local.get $4
    local.get $4
    v128.load offset=80
    local.get $13
    f32x4.add
    v128.store offset=80
    local.get $4
    local.get $4
    v128.load offset=96
    local.get $14
    f32x4.add
    v128.store offset=96
    local.get $4
    local.get $4
    v128.load offset=112
    local.get $15
    f32x4.add
    v128.store offset=112
    local.get $4
    local.get $4
    v128.load offset=128
    local.get $16
    f32x4.add
    v128.store offset=128
    local.get $4
    local.get $4
    v128.load offset=144
    local.get $17
    f32x4.add
    v128.store offset=144
    local.get $18
    i32.const 1
    i32.add
    local.set $18
    br $for-loop|0
   end
  end
 )
 (func $scratch/mk/k4x8u2 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 i32)
  (local $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  loop $for-loop|0
   local.get $0
   local.get $16
   i32.gt_s
   if
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $7
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $8
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $9
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $10
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $11
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $12
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $13
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $14
    local.get $2
    local.set $5
    local.get $3
    local.tee $6
    local.get $1
    i32.const 5
    i32.shl
    i32.add
    local.set $17
    loop $while-continue|1
     local.get $6
     local.get $17
     i32.lt_u
     if
      local.get $7
      local.get $5
      v128.load32_splat
      local.tee $18
      local.get $6
      v128.load
      local.tee $19
      f32x4.mul
      f32x4.add
      local.get $5
      v128.load32_splat offset=16
      local.tee $20
      local.get $6
      v128.load offset=32
      local.tee $15
      f32x4.mul
      f32x4.add
      local.set $7
      local.get $8
      local.get $18
      local.get $6
      v128.load offset=16
      local.tee $18
      f32x4.mul
      f32x4.add
      local.get $20
      local.get $6
      v128.load offset=48
      local.tee $20
      f32x4.mul
      f32x4.add
      local.set $8
      local.get $9
      local.get $5
      v128.load32_splat offset=4
      local.tee $21
      local.get $19
      f32x4.mul
      f32x4.add
      local.get $5
      v128.load32_splat offset=20
      local.tee $22
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $9
      local.get $10
      local.get $21
      local.get $18
      f32x4.mul
      f32x4.add
      local.get $22
      local.get $20
      f32x4.mul
      f32x4.add
      local.set $10
      local.get $11
      local.get $5
      v128.load32_splat offset=8
      local.tee $21
      local.get $19
      f32x4.mul
      f32x4.add
      local.get $5
      v128.load32_splat offset=24
      local.tee $22
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $11
      local.get $12
      local.get $21
      local.get $18
      f32x4.mul
      f32x4.add
      local.get $22
      local.get $20
      f32x4.mul
      f32x4.add
      local.set $12
      local.get $13
      local.get $5
      v128.load32_splat offset=12
      local.tee $21
      local.get $19
      f32x4.mul
      f32x4.add
      local.get $5
      v128.load32_splat offset=28
      local.tee $19
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $13
      local.get $14
      local.get $21
      local.get $18
      f32x4.mul
      f32x4.add
      local.get $19
      local.get $20
      f32x4.mul
      f32x4.add
      local.set $14
      local.get $5
      i32.const 32
      i32.add
      local.set $5
      local.get $6
      i32.const -64
      i32.sub
      local.set $6
      br $while-continue|1
     end
    end
    local.get $4
    local.get $4
    v128.load
    local.get $7
    f32x4.add
    v128.store
    local.get $4
    local.get $4
    v128.load offset=16
    local.get $8
    f32x4.add
    v128.store offset=16
    local.get $4
    local.get $4
    v128.load offset=32
    local.get $9
    f32x4.add
    v128.store offset=32
    local.get $4
    local.get $4
    v128.load offset=48
    local.get $10
    f32x4.add
    v128.store offset=48
    local.get $4
    local.get $4
    v128.load offset=64
    local.get $11
    f32x4.add
    v128.store offset=64
    local.get $4
    local.get $4
    v128.load offset=80
    local.get $12
    f32x4.add
    v128.store offset=80
    local.get $4
    local.get $4
    v128.load offset=96
    local.get $13
    f32x4.add
    v128.store offset=96
    local.get $4
    local.get $4
    v128.load offset=112
    local.get $14
    f32x4.add
    v128.store offset=112
    local.get $16
    i32.const 1
    i32.add
    local.set $16
    br $for-loop|0
   end
  end
 )
 (func $scratch/mk/k4x8u1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 i32)
  (local $17 i32)
  (local $18 v128)
  (local $19 v128)
  loop $for-loop|0
   local.get $0
   local.get $16
   i32.gt_s
   if
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $7
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $8
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $9
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $10
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $11
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $12
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $13
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $14
    local.get $2
    local.set $5
    local.get $3
    local.tee $6
    local.get $1
    i32.const 5
    i32.shl
    i32.add
    local.set $17
    loop $while-continue|1
     local.get $6
     local.get $17
     i32.lt_u
     if
      local.get $7
      local.get $5
      v128.load32_splat
      local.tee $18
      local.get $6
      v128.load
      local.tee $15
      f32x4.mul
      f32x4.add
      local.set $7
      local.get $8
      local.get $18
      local.get $6
      v128.load offset=16
      local.tee $18
      f32x4.mul
      f32x4.add
      local.set $8
      local.get $9
      local.get $5
      v128.load32_splat offset=4
      local.tee $19
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $9
      local.get $10
      local.get $19
      local.get $18
      f32x4.mul
      f32x4.add
      local.set $10
      local.get $11
      local.get $5
      v128.load32_splat offset=8
      local.tee $19
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $11
      local.get $12
      local.get $19
      local.get $18
      f32x4.mul
      f32x4.add
      local.set $12
      local.get $13
      local.get $5
      v128.load32_splat offset=12
      local.tee $19
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $13
      local.get $14
      local.get $19
      local.get $18
      f32x4.mul
      f32x4.add
      local.set $14
      local.get $5
      i32.const 16
      i32.add
      local.set $5
      local.get $6
      i32.const 32
      i32.add
      local.set $6
      br $while-continue|1
     end
    end
    local.get $4
    local.get $4
    v128.load
    local.get $7
    f32x4.add
    v128.store
    local.get $4
    local.get $4
    v128.load offset=16
    local.get $8
    f32x4.add
    v128.store offset=16
    local.get $4
    local.get $4
    v128.load offset=32
    local.get $9
    f32x4.add
    v128.store offset=32
    local.get $4
    local.get $4
    v128.load offset=48
    local.get $10
    f32x4.add
    v128.store offset=48
    local.get $4
    local.get $4
    v128.load offset=64
    local.get $11
    f32x4.add
    v128.store offset=64
    local.get $4
    local.get $4
    v128.load offset=80
    local.get $12
    f32x4.add
    v128.store offset=80
    local.get $4
    local.get $4
    v128.load offset=96
    local.get $13
    f32x4.add
    v128.store offset=96
    local.get $4
    local.get $4
    v128.load offset=112
    local.get $14
    f32x4.add
    v128.store offset=112
    local.get $16
    i32.const 1
    i32.add
    local.set $16
    br $for-loop|0
   end
  end
 )
)
