(module
 (type $0 (func (param i32 i32 i32 i32 i32)))
 (type $1 (func (param i32 i32) (result f32)))
 (import "env" "memory" (memory $0 0))
 (export "i0" (func $scratch/mk3/i0))
 (export "i1" (func $scratch/mk3/i1))
 (export "i2" (func $scratch/mk3/i2))
 (export "i3" (func $scratch/mk3/i3))
 (export "i4" (func $scratch/mk3/i4))
 (export "c12u2" (func $scratch/mk3/c12u2))
 (export "memory" (memory $0))
 (func $scratch/mk3/i4 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
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
  (local $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  loop $for-loop|0
   local.get $0
   local.get $17
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
    local.get $3
    local.tee $6
    local.get $1
    i32.const 5
    i32.shl
    i32.add
    local.set $22
    local.get $2
    local.tee $5
    v128.load32_splat
    local.set $18
    local.get $5
    v128.load32_splat offset=4
    local.set $19
    local.get $5
    v128.load32_splat offset=8
    local.set $20
    local.get $5
    v128.load32_splat offset=12
    local.set $21
    loop $while-continue|1
     local.get $6
     local.get $22
     i32.lt_u
     if
      local.get $5
      v128.load
      drop
      local.get $5
      v128.load offset=16
      drop
      local.get $5
      v128.load offset=32
      drop
      local.get $5
      v128.load offset=48
      drop
      local.get $7
      local.get $18
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
      local.tee $16
      f32x4.mul
      f32x4.add
      local.set $8
      local.get $9
      local.get $19
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $9
      local.get $10
      local.get $19
      local.get $16
      f32x4.mul
      f32x4.add
      local.set $10
      local.get $11
      local.get $20
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $11
      local.get $12
      local.get $20
      local.get $16
      f32x4.mul
      f32x4.add
      local.set $12
      local.get $13
      local.get $21
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $13
      local.get $14
      local.get $21
      local.get $16
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
    local.get $17
    i32.const 1
    i32.add
    local.set $17
    br $for-loop|0
   end
  end
 )
 (func $scratch/mk3/i3 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
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
  (local $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  loop $for-loop|0
   local.get $0
   local.get $17
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
    local.set $22
    local.get $2
    v128.load32_splat
    local.set $18
    local.get $2
    v128.load32_splat offset=4
    local.set $19
    local.get $2
    v128.load32_splat offset=8
    local.set $20
    local.get $2
    v128.load32_splat offset=12
    local.set $21
    loop $while-continue|1
     local.get $6
     local.get $22
     i32.lt_u
     if
      local.get $5
      v128.load
      drop
      local.get $5
      v128.load offset=16
      drop
      local.get $5
      v128.load offset=32
      drop
      local.get $7
      local.get $18
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
      local.tee $16
      f32x4.mul
      f32x4.add
      local.set $8
      local.get $9
      local.get $19
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $9
      local.get $10
      local.get $19
      local.get $16
      f32x4.mul
      f32x4.add
      local.set $10
      local.get $11
      local.get $20
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $11
      local.get $12
      local.get $20
      local.get $16
      f32x4.mul
      f32x4.add
      local.set $12
      local.get $13
      local.get $21
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $13
      local.get $14
      local.get $21
      local.get $16
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
    local.get $17
    i32.const 1
    i32.add
    local.set $17
    br $for-loop|0
   end
  end
 )
 (func $scratch/mk3/i2 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
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
  (local $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  loop $for-loop|0
   local.get $0
   local.get $17
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
    local.set $6
    local.get $3
    local.tee $5
    local.get $1
    i32.const 5
    i32.shl
    i32.add
    local.set $22
    local.get $2
    v128.load32_splat
    local.set $18
    local.get $2
    v128.load32_splat offset=4
    local.set $19
    local.get $2
    v128.load32_splat offset=8
    local.set $20
    local.get $2
    v128.load32_splat offset=12
    local.set $21
    loop $while-continue|1
     local.get $5
     local.get $22
     i32.lt_u
     if
      local.get $6
      v128.load
      drop
      local.get $6
      v128.load offset=16
      drop
      local.get $7
      local.get $18
      local.get $5
      v128.load
      local.tee $15
      f32x4.mul
      f32x4.add
      local.set $7
      local.get $8
      local.get $18
      local.get $5
      v128.load offset=16
      local.tee $16
      f32x4.mul
      f32x4.add
      local.set $8
      local.get $9
      local.get $19
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $9
      local.get $10
      local.get $19
      local.get $16
      f32x4.mul
      f32x4.add
      local.set $10
      local.get $11
      local.get $20
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $11
      local.get $12
      local.get $20
      local.get $16
      f32x4.mul
      f32x4.add
      local.set $12
      local.get $13
      local.get $21
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $13
      local.get $14
      local.get $21
      local.get $16
      f32x4.mul
      f32x4.add
      local.set $14
      local.get $6
      i32.const -64
      i32.sub
      local.set $6
      local.get $5
      i32.const 32
      i32.add
      local.set $5
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
    local.get $17
    i32.const 1
    i32.add
    local.set $17
    br $for-loop|0
   end
  end
 )
 (func $scratch/mk3/i1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
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
  (local $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  loop $for-loop|0
   local.get $0
   local.get $17
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
    local.set $6
    local.get $3
    local.tee $5
    local.get $1
    i32.const 5
    i32.shl
    i32.add
    local.set $22
    local.get $2
    v128.load32_splat
    local.set $18
    local.get $2
    v128.load32_splat offset=4
    local.set $19
    local.get $2
    v128.load32_splat offset=8
    local.set $20
    local.get $2
    v128.load32_splat offset=12
    local.set $21
    loop $while-continue|1
     local.get $5
     local.get $22
     i32.lt_u
     if
      local.get $6
      v128.load
      drop
      local.get $7
      local.get $18
      local.get $5
      v128.load
      local.tee $15
      f32x4.mul
      f32x4.add
      local.set $7
      local.get $8
      local.get $18
      local.get $5
      v128.load offset=16
      local.tee $16
      f32x4.mul
      f32x4.add
      local.set $8
      local.get $9
      local.get $19
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $9
      local.get $10
      local.get $19
      local.get $16
      f32x4.mul
      f32x4.add
      local.set $10
      local.get $11
      local.get $20
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $11
      local.get $12
      local.get $20
      local.get $16
      f32x4.mul
      f32x4.add
      local.set $12
      local.get $13
      local.get $21
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $13
      local.get $14
      local.get $21
      local.get $16
      f32x4.mul
      f32x4.add
      local.set $14
      local.get $6
      i32.const -64
      i32.sub
      local.set $6
      local.get $5
      i32.const 32
      i32.add
      local.set $5
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
    local.get $17
    i32.const 1
    i32.add
    local.set $17
    br $for-loop|0
   end
  end
 )
 (func $scratch/mk3/i0 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
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
  (local $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  loop $for-loop|0
   local.get $0
   local.get $17
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
    local.set $6
    local.get $3
    local.tee $5
    local.get $1
    i32.const 5
    i32.shl
    i32.add
    local.set $22
    local.get $2
    v128.load32_splat
    local.set $18
    local.get $2
    v128.load32_splat offset=4
    local.set $19
    local.get $2
    v128.load32_splat offset=8
    local.set $20
    local.get $2
    v128.load32_splat offset=12
    local.set $21
    loop $while-continue|1
     local.get $5
     local.get $22
     i32.lt_u
     if
      local.get $7
      local.get $18
      local.get $5
      v128.load
      local.tee $15
      f32x4.mul
      f32x4.add
      local.set $7
      local.get $8
      local.get $18
      local.get $5
      v128.load offset=16
      local.tee $16
      f32x4.mul
      f32x4.add
      local.set $8
      local.get $9
      local.get $19
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $9
      local.get $10
      local.get $19
      local.get $16
      f32x4.mul
      f32x4.add
      local.set $10
      local.get $11
      local.get $20
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $11
      local.get $12
      local.get $20
      local.get $16
      f32x4.mul
      f32x4.add
      local.set $12
      local.get $13
      local.get $21
      local.get $15
      f32x4.mul
      f32x4.add
      local.set $13
      local.get $14
      local.get $21
      local.get $16
      f32x4.mul
      f32x4.add
      local.set $14
      local.get $6
      i32.const -64
      i32.sub
      local.set $6
      local.get $5
      i32.const 32
      i32.add
      local.set $5
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
    local.get $17
    i32.const 1
    i32.add
    local.set $17
    br $for-loop|0
   end
  end
 )
 (func $scratch/mk3/c12u2 (param $0 i32) (param $1 i32) (result f32)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
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
  local.get $1
  v128.load
  local.set $2
  local.get $1
  v128.load offset=16
  local.set $3
  v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
  local.set $4
  v128.const i32x4 0x3f866666 0x3f866666 0x3f866666 0x3f866666
  local.set $5
  v128.const i32x4 0x3f8ccccd 0x3f8ccccd 0x3f8ccccd 0x3f8ccccd
  local.set $6
  v128.const i32x4 0x3f933333 0x3f933333 0x3f933333 0x3f933333
  local.set $7
  v128.const i32x4 0x3f99999a 0x3f99999a 0x3f99999a 0x3f99999a
  local.set $8
  v128.const i32x4 0x3fa00000 0x3fa00000 0x3fa00000 0x3fa00000
  local.set $9
  v128.const i32x4 0x3fa66666 0x3fa66666 0x3fa66666 0x3fa66666
  local.set $10
  v128.const i32x4 0x3faccccd 0x3faccccd 0x3faccccd 0x3faccccd
  local.set $11
  v128.const i32x4 0x3fb33333 0x3fb33333 0x3fb33333 0x3fb33333
  local.set $12
  v128.const i32x4 0x3fb9999a 0x3fb9999a 0x3fb9999a 0x3fb9999a
  local.set $13
  v128.const i32x4 0x3fc00000 0x3fc00000 0x3fc00000 0x3fc00000
  local.set $14
  v128.const i32x4 0x3fc66666 0x3fc66666 0x3fc66666 0x3fc66666
  local.set $15
  loop $for-loop|0
   local.get $0
   local.get $16
   i32.gt_s
   if
    local.get $4
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.set $4
    local.get $5
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.set $5
    local.get $6
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.set $6
    local.get $7
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.set $7
    local.get $8
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.set $8
    local.get $9
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.set $9
    local.get $10
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.set $10
    local.get $11
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.set $11
    local.get $12
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.set $12
    local.get $13
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.set $13
    local.get $14
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.set $14
    local.get $15
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.set $15
    local.get $16
    i32.const 2
    i32.add
    local.set $16
    br $for-loop|0
   end
  end
  local.get $4
  local.get $5
  f32x4.add
  local.get $6
  f32x4.add
  local.get $7
  f32x4.add
  local.get $8
  f32x4.add
  local.get $9
  f32x4.add
  local.get $10
  f32x4.add
  local.get $11
  f32x4.add
  local.get $12
  f32x4.add
  local.get $13
  f32x4.add
  local.get $14
  f32x4.add
  local.get $15
  f32x4.add
  f32x4.extract_lane 0
 )
)
