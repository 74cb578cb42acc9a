(module
 (type $0 (func (param i32 f32 f32) (result f32)))
 (memory $0 0)
 (export "peak12" (func $scratch/peak/peak12))
 (export "peak8" (func $scratch/peak/peak8))
 (export "peakSep" (func $scratch/peak/peakSep))
 (export "memory" (memory $0))
 (func $scratch/peak/peakSep (param $0 i32) (param $1 f32) (param $2 f32) (result f32)
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
  (local $17 i32)
  local.get $1
  f32x4.splat
  local.set $3
  local.get $2
  f32x4.splat
  local.set $4
  v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
  local.set $5
  v128.const i32x4 0x3f8ccccd 0x3f8ccccd 0x3f8ccccd 0x3f8ccccd
  local.set $6
  v128.const i32x4 0x3f99999a 0x3f99999a 0x3f99999a 0x3f99999a
  local.set $7
  v128.const i32x4 0x3fa66666 0x3fa66666 0x3fa66666 0x3fa66666
  local.set $8
  v128.const i32x4 0x3fb33333 0x3fb33333 0x3fb33333 0x3fb33333
  local.set $9
  v128.const i32x4 0x3fc00000 0x3fc00000 0x3fc00000 0x3fc00000
  local.set $10
  v128.const i32x4 0x3fcccccd 0x3fcccccd 0x3fcccccd 0x3fcccccd
  local.set $11
  v128.const i32x4 0x3fd9999a 0x3fd9999a 0x3fd9999a 0x3fd9999a
  local.set $12
  v128.const i32x4 0x3fe66666 0x3fe66666 0x3fe66666 0x3fe66666
  local.set $13
  v128.const i32x4 0x3ff33333 0x3ff33333 0x3ff33333 0x3ff33333
  local.set $14
  v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
  local.set $15
  v128.const i32x4 0x40066666 0x40066666 0x40066666 0x40066666
  local.set $16
  loop $for-loop|0
   local.get $0
   local.get $17
   i32.gt_s
   if
    local.get $5
    local.get $3
    f32x4.mul
    local.set $5
    local.get $11
    local.get $4
    f32x4.add
    local.set $11
    local.get $6
    local.get $3
    f32x4.mul
    local.set $6
    local.get $12
    local.get $4
    f32x4.add
    local.set $12
    local.get $7
    local.get $3
    f32x4.mul
    local.set $7
    local.get $13
    local.get $4
    f32x4.add
    local.set $13
    local.get $8
    local.get $3
    f32x4.mul
    local.set $8
    local.get $14
    local.get $4
    f32x4.add
    local.set $14
    local.get $9
    local.get $3
    f32x4.mul
    local.set $9
    local.get $15
    local.get $4
    f32x4.add
    local.set $15
    local.get $10
    local.get $3
    f32x4.mul
    local.set $10
    local.get $16
    local.get $4
    f32x4.add
    local.set $16
    local.get $17
    i32.const 1
    i32.add
    local.set $17
    br $for-loop|0
   end
  end
  local.get $5
  local.get $6
  f32x4.add
  local.get $7
  local.get $8
  f32x4.add
  f32x4.add
  local.get $9
  local.get $10
  f32x4.add
  local.get $11
  local.get $12
  f32x4.add
  f32x4.add
  f32x4.add
  local.get $13
  local.get $14
  f32x4.add
  local.get $15
  local.get $16
  f32x4.add
  f32x4.add
  f32x4.add
  f32x4.extract_lane 0
 )
 (func $scratch/peak/peak8 (param $0 i32) (param $1 f32) (param $2 f32) (result f32)
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
  (local $13 i32)
  local.get $1
  f32x4.splat
  local.set $3
  local.get $2
  f32x4.splat
  local.set $4
  v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
  local.set $5
  v128.const i32x4 0x3f8ccccd 0x3f8ccccd 0x3f8ccccd 0x3f8ccccd
  local.set $6
  v128.const i32x4 0x3f99999a 0x3f99999a 0x3f99999a 0x3f99999a
  local.set $7
  v128.const i32x4 0x3fa66666 0x3fa66666 0x3fa66666 0x3fa66666
  local.set $8
  v128.const i32x4 0x3fb33333 0x3fb33333 0x3fb33333 0x3fb33333
  local.set $9
  v128.const i32x4 0x3fc00000 0x3fc00000 0x3fc00000 0x3fc00000
  local.set $10
  v128.const i32x4 0x3fcccccd 0x3fcccccd 0x3fcccccd 0x3fcccccd
  local.set $11
  v128.const i32x4 0x3fd9999a 0x3fd9999a 0x3fd9999a 0x3fd9999a
  local.set $12
  loop $for-loop|0
   local.get $0
   local.get $13
   i32.gt_s
   if
    local.get $5
    local.get $3
    f32x4.mul
    local.get $4
    f32x4.add
    local.set $5
    local.get $6
    local.get $3
    f32x4.mul
    local.get $4
    f32x4.add
    local.set $6
    local.get $7
    local.get $3
    f32x4.mul
    local.get $4
    f32x4.add
    local.set $7
    local.get $8
    local.get $3
    f32x4.mul
    local.get $4
    f32x4.add
    local.set $8
    local.get $9
    local.get $3
    f32x4.mul
    local.get $4
    f32x4.add
    local.set $9
    local.get $10
    local.get $3
    f32x4.mul
    local.get $4
    f32x4.add
    local.set $10
    local.get $11
    local.get $3
    f32x4.mul
    local.get $4
    f32x4.add
    local.set $11
    local.get $12
    local.get $3
    f32x4.mul
    local.get $4
    f32x4.add
    local.set $12
    local.get $13
    i32.const 1
    i32.add
    local.set $13
    br $for-loop|0
   end
  end
  local.get $5
  local.get $6
  f32x4.add
  local.get $7
  local.get $8
  f32x4.add
  f32x4.add
  local.get $9
  local.get $10
  f32x4.add
  local.get $11
  local.get $12
  f32x4.add
  f32x4.add
  f32x4.add
  f32x4.extract_lane 0
 )
 (func $scratch/peak/peak12 (param $0 i32) (param $1 f32) (param $2 f32) (result f32)
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
  (local $17 i32)
  local.get $1
  f32x4.splat
  local.set $3
  local.get $2
  f32x4.splat
  local.set $4
  v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
  local.set $5
  v128.const i32x4 0x3f8ccccd 0x3f8ccccd 0x3f8ccccd 0x3f8ccccd
  local.set $6
  v128.const i32x4 0x3f99999a 0x3f99999a 0x3f99999a 0x3f99999a
  local.set $7
  v128.const i32x4 0x3fa66666 0x3fa66666 0x3fa66666 0x3fa66666
  local.set $8
  v128.const i32x4 0x3fb33333 0x3fb33333 0x3fb33333 0x3fb33333
  local.set $9
  v128.const i32x4 0x3fc00000 0x3fc00000 0x3fc00000 0x3fc00000
  local.set $10
  v128.const i32x4 0x3fcccccd 0x3fcccccd 0x3fcccccd 0x3fcccccd
  local.set $11
  v128.const i32x4 0x3fd9999a 0x3fd9999a 0x3fd9999a 0x3fd9999a
  local.set $12
  v128.const i32x4 0x3fe66666 0x3fe66666 0x3fe66666 0x3fe66666
  local.set $13
  v128.const i32x4 0x3ff33333 0x3ff33333 0x3ff33333 0x3ff33333
  local.set $14
  v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
  local.set $15
  v128.const i32x4 0x40066666 0x40066666 0x40066666 0x40066666
  local.set $16
  loop $for-loop|0
   local.get $0
   local.get $17
   i32.gt_s
   if
    local.get $5
    local.get $3
    f32x4.mul
    local.get $4
    f32x4.add
    local.set $5
    local.get $6
    local.get $3
    f32x4.mul
    local.get $4
    f32x4.add
    local.set $6
    local.get $7
    local.get $3
    f32x4.mul
    local.get $4
    f32x4.add
    local.set $7
    local.get $8
    local.get $3
    f32x4.mul
    local.get $4
    f32x4.add
    local.set $8
    local.get $9
    local.get $3
    f32x4.mul
    local.get $4
    f32x4.add
    local.set $9
    local.get $10
    local.get $3
    f32x4.mul
    local.get $4
    f32x4.add
    local.set $10
    local.get $11
    local.get $3
    f32x4.mul
    local.get $4
    f32x4.add
    local.set $11
    local.get $12
    local.get $3
    f32x4.mul
    local.get $4
    f32x4.add
    local.set $12
    local.get $13
    local.get $3
    f32x4.mul
    local.get $4
    f32x4.add
    local.set $13
    local.get $14
    local.get $3
    f32x4.mul
    local.get $4
    f32x4.add
    local.set $14
    local.get $15
    local.get $3
    f32x4.mul
    local.get $4
    f32x4.add
    local.set $15
    local.get $16
    local.get $3
    f32x4.mul
    local.get $4
    f32x4.add
    local.set $16
    local.get $17
    i32.const 1
    i32.add
    local.set $17
    br $for-loop|0
   end
  end
  local.get $5
  local.get $6
  f32x4.add
  local.get $7
  local.get $8
  f32x4.add
  f32x4.add
  local.get $9
  local.get $10
  f32x4.add
  local.get $11
  local.get $12
  f32x4.add
  f32x4.add
  f32x4.add
  local.get $13
  local.get $14
  f32x4.add
  local.get $15
  local.get $16
  f32x4.add
  f32x4.add
  f32x4.add
  f32x4.extract_lane 0
 )
)
