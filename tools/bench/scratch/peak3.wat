(module
 (type $0 (func (param i32 i32) (result f32)))
 (import "env" "memory" (memory $0 0))
 (export "c8u1" (func $scratch/peak3/c8u1))
 (export "c8u2" (func $scratch/peak3/c8u2))
 (export "c8u4" (func $scratch/peak3/c8u4))
 (export "c10u1" (func $scratch/peak3/c10u1))
 (export "c10u2" (func $scratch/peak3/c10u2))
 (export "c10u4" (func $scratch/peak3/c10u4))
 (export "c12u1" (func $scratch/peak3/c12u1))
 (export "c12u2" (func $scratch/peak3/c12u2))
 (export "c12u4" (func $scratch/peak3/c12u4))
 (export "c14u1" (func $scratch/peak3/c14u1))
 (export "c14u2" (func $scratch/peak3/c14u2))
 (export "c14u4" (func $scratch/peak3/c14u4))
 (export "s12u1" (func $scratch/peak3/s12u1))
 (export "s12u2" (func $scratch/peak3/s12u2))
 (export "s14u1" (func $scratch/peak3/s14u1))
 (export "s14u2" (func $scratch/peak3/s14u2))
 (export "memory" (memory $0))
 (func $scratch/peak3/s14u2 (param $0 i32) (param $1 i32) (result f32)
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
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
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
  v128.const i32x4 0x3fcccccd 0x3fcccccd 0x3fcccccd 0x3fcccccd
  local.set $16
  v128.const i32x4 0x3fd33333 0x3fd33333 0x3fd33333 0x3fd33333
  local.set $17
  loop $for-loop|0
   local.get $0
   local.get $18
   i32.gt_s
   if
    local.get $4
    local.get $2
    f32x4.mul
    local.get $2
    f32x4.mul
    local.set $4
    local.get $5
    local.get $2
    f32x4.mul
    local.get $2
    f32x4.mul
    local.set $5
    local.get $6
    local.get $2
    f32x4.mul
    local.get $2
    f32x4.mul
    local.set $6
    local.get $7
    local.get $2
    f32x4.mul
    local.get $2
    f32x4.mul
    local.set $7
    local.get $8
    local.get $2
    f32x4.mul
    local.get $2
    f32x4.mul
    local.set $8
    local.get $9
    local.get $2
    f32x4.mul
    local.get $2
    f32x4.mul
    local.set $9
    local.get $10
    local.get $2
    f32x4.mul
    local.get $2
    f32x4.mul
    local.set $10
    local.get $11
    local.get $3
    f32x4.add
    local.get $3
    f32x4.add
    local.set $11
    local.get $12
    local.get $3
    f32x4.add
    local.get $3
    f32x4.add
    local.set $12
    local.get $13
    local.get $3
    f32x4.add
    local.get $3
    f32x4.add
    local.set $13
    local.get $14
    local.get $3
    f32x4.add
    local.get $3
    f32x4.add
    local.set $14
    local.get $15
    local.get $3
    f32x4.add
    local.get $3
    f32x4.add
    local.set $15
    local.get $16
    local.get $3
    f32x4.add
    local.get $3
    f32x4.add
    local.set $16
    local.get $17
    local.get $3
    f32x4.add
    local.get $3
    f32x4.add
    local.set $17
    local.get $18
    i32.const 2
    i32.add
    local.set $18
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
  local.get $16
  f32x4.add
  local.get $17
  f32x4.add
  f32x4.extract_lane 0
 )
 (func $scratch/peak3/s14u1 (param $0 i32) (param $1 i32) (result f32)
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
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
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
  v128.const i32x4 0x3fcccccd 0x3fcccccd 0x3fcccccd 0x3fcccccd
  local.set $16
  v128.const i32x4 0x3fd33333 0x3fd33333 0x3fd33333 0x3fd33333
  local.set $17
  loop $for-loop|0
   local.get $0
   local.get $18
   i32.gt_s
   if
    local.get $4
    local.get $2
    f32x4.mul
    local.set $4
    local.get $5
    local.get $2
    f32x4.mul
    local.set $5
    local.get $6
    local.get $2
    f32x4.mul
    local.set $6
    local.get $7
    local.get $2
    f32x4.mul
    local.set $7
    local.get $8
    local.get $2
    f32x4.mul
    local.set $8
    local.get $9
    local.get $2
    f32x4.mul
    local.set $9
    local.get $10
    local.get $2
    f32x4.mul
    local.set $10
    local.get $11
    local.get $3
    f32x4.add
    local.set $11
    local.get $12
    local.get $3
    f32x4.add
    local.set $12
    local.get $13
    local.get $3
    f32x4.add
    local.set $13
    local.get $14
    local.get $3
    f32x4.add
    local.set $14
    local.get $15
    local.get $3
    f32x4.add
    local.set $15
    local.get $16
    local.get $3
    f32x4.add
    local.set $16
    local.get $17
    local.get $3
    f32x4.add
    local.set $17
    local.get $18
    i32.const 1
    i32.add
    local.set $18
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
  local.get $16
  f32x4.add
  local.get $17
  f32x4.add
  f32x4.extract_lane 0
 )
 (func $scratch/peak3/s12u2 (param $0 i32) (param $1 i32) (result f32)
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
    local.get $2
    f32x4.mul
    local.set $4
    local.get $5
    local.get $2
    f32x4.mul
    local.get $2
    f32x4.mul
    local.set $5
    local.get $6
    local.get $2
    f32x4.mul
    local.get $2
    f32x4.mul
    local.set $6
    local.get $7
    local.get $2
    f32x4.mul
    local.get $2
    f32x4.mul
    local.set $7
    local.get $8
    local.get $2
    f32x4.mul
    local.get $2
    f32x4.mul
    local.set $8
    local.get $9
    local.get $2
    f32x4.mul
    local.get $2
    f32x4.mul
    local.set $9
    local.get $10
    local.get $3
    f32x4.add
    local.get $3
    f32x4.add
    local.set $10
    local.get $11
    local.get $3
    f32x4.add
    local.get $3
    f32x4.add
    local.set $11
    local.get $12
    local.get $3
    f32x4.add
    local.get $3
    f32x4.add
    local.set $12
    local.get $13
    local.get $3
    f32x4.add
    local.get $3
    f32x4.add
    local.set $13
    local.get $14
    local.get $3
    f32x4.add
    local.get $3
    f32x4.add
    local.set $14
    local.get $15
    local.get $3
    f32x4.add
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
 (func $scratch/peak3/s12u1 (param $0 i32) (param $1 i32) (result f32)
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
    local.set $4
    local.get $5
    local.get $2
    f32x4.mul
    local.set $5
    local.get $6
    local.get $2
    f32x4.mul
    local.set $6
    local.get $7
    local.get $2
    f32x4.mul
    local.set $7
    local.get $8
    local.get $2
    f32x4.mul
    local.set $8
    local.get $9
    local.get $2
    f32x4.mul
    local.set $9
    local.get $10
    local.get $3
    f32x4.add
    local.set $10
    local.get $11
    local.get $3
    f32x4.add
    local.set $11
    local.get $12
    local.get $3
    f32x4.add
    local.set $12
    local.get $13
    local.get $3
    f32x4.add
    local.set $13
    local.get $14
    local.get $3
    f32x4.add
    local.set $14
    local.get $15
    local.get $3
    f32x4.add
    local.set $15
    local.get $16
    i32.const 1
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
 (func $scratch/peak3/c8u4 (param $0 i32) (param $1 i32) (result f32)
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
  (local $12 i32)
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
  loop $for-loop|0
   local.get $0
   local.get $12
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
    i32.const 4
    i32.add
    local.set $12
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
  f32x4.extract_lane 0
 )
 (func $scratch/peak3/c8u2 (param $0 i32) (param $1 i32) (result f32)
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
  (local $12 i32)
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
  loop $for-loop|0
   local.get $0
   local.get $12
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
    i32.const 2
    i32.add
    local.set $12
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
  f32x4.extract_lane 0
 )
 (func $scratch/peak3/c8u1 (param $0 i32) (param $1 i32) (result f32)
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
  (local $12 i32)
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
  loop $for-loop|0
   local.get $0
   local.get $12
   i32.gt_s
   if
    local.get $4
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
    local.set $5
    local.get $6
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
    local.set $7
    local.get $8
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
    local.set $9
    local.get $10
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
    local.set $11
    local.get $12
    i32.const 1
    i32.add
    local.set $12
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
  f32x4.extract_lane 0
 )
 (func $scratch/peak3/c14u4 (param $0 i32) (param $1 i32) (result f32)
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
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
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
  v128.const i32x4 0x3fcccccd 0x3fcccccd 0x3fcccccd 0x3fcccccd
  local.set $16
  v128.const i32x4 0x3fd33333 0x3fd33333 0x3fd33333 0x3fd33333
  local.set $17
  loop $for-loop|0
   local.get $0
   local.get $18
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
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.set $16
    local.get $17
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.set $17
    local.get $18
    i32.const 4
    i32.add
    local.set $18
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
  local.get $16
  f32x4.add
  local.get $17
  f32x4.add
  f32x4.extract_lane 0
 )
 (func $scratch/peak3/c14u2 (param $0 i32) (param $1 i32) (result f32)
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
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
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
  v128.const i32x4 0x3fcccccd 0x3fcccccd 0x3fcccccd 0x3fcccccd
  local.set $16
  v128.const i32x4 0x3fd33333 0x3fd33333 0x3fd33333 0x3fd33333
  local.set $17
  loop $for-loop|0
   local.get $0
   local.get $18
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
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.set $16
    local.get $17
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.set $17
    local.get $18
    i32.const 2
    i32.add
    local.set $18
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
  local.get $16
  f32x4.add
  local.get $17
  f32x4.add
  f32x4.extract_lane 0
 )
 (func $scratch/peak3/c14u1 (param $0 i32) (param $1 i32) (result f32)
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
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
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
  v128.const i32x4 0x3fcccccd 0x3fcccccd 0x3fcccccd 0x3fcccccd
  local.set $16
  v128.const i32x4 0x3fd33333 0x3fd33333 0x3fd33333 0x3fd33333
  local.set $17
  loop $for-loop|0
   local.get $0
   local.get $18
   i32.gt_s
   if
    local.get $4
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
    local.set $5
    local.get $6
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
    local.set $7
    local.get $8
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
    local.set $9
    local.get $10
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
    local.set $11
    local.get $12
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
    local.set $13
    local.get $14
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
    local.set $15
    local.get $16
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.set $16
    local.get $17
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.set $17
    local.get $18
    i32.const 1
    i32.add
    local.set $18
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
  local.get $16
  f32x4.add
  local.get $17
  f32x4.add
  f32x4.extract_lane 0
 )
 (func $scratch/peak3/c12u4 (param $0 i32) (param $1 i32) (result f32)
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
    i32.const 4
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
 (func $scratch/peak3/c12u2 (param $0 i32) (param $1 i32) (result f32)
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
 (func $scratch/peak3/c12u1 (param $0 i32) (param $1 i32) (result f32)
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
    local.set $4
    local.get $5
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
    local.set $6
    local.get $7
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
    local.set $8
    local.get $9
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
    local.set $10
    local.get $11
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
    local.set $12
    local.get $13
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
    local.set $14
    local.get $15
    local.get $2
    f32x4.mul
    local.get $3
    f32x4.add
    local.set $15
    local.get $16
    i32.const 1
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
 (func $scratch/peak3/c10u4 (param $0 i32) (param $1 i32) (result f32)
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
  (local $14 i32)
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
  loop $for-loop|0
   local.get $0
   local.get $14
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
    i32.const 4
    i32.add
    local.set $14
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
  f32x4.extract_lane 0
 )
 (func $scratch/peak3/c10u2 (param $0 i32) (param $1 i32) (result f32)
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
  (local $14 i32)
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
  loop $for-loop|0
   local.get $0
   local.get $14
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
    i32.const 2
    i32.add
    local.set $14
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
  f32x4.extract_lane 0
 )
 (func $scratch/peak3/c10u1 (param $0 i32) (param $1 i32) (result f32)
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
  (local $14 i32)
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
  loop $for-loop|0
   local.get $0
   local.get $14
   i32.gt_s
   if
    local.get $4
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
    local.set $5
    local.get $6
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
    local.set $7
    local.get $8
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
    local.set $9
    local.get $10
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
    local.set $11
    local.get $12
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
    local.set $13
    local.get $14
    i32.const 1
    i32.add
    local.set $14
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
  f32x4.extract_lane 0
 )
)
