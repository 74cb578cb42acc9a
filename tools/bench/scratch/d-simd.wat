(module
 (type $0 (func (param i32 i32 i32 i32 i32)))
 (type $1 (func (param i32 i32 i32 f32 i32 i32 i32 i32 f32 i32 i32)))
 (type $2 (func (param i32 i32 i32 f32 i32 i32 i32 i32 i32 f32 i32 i32 i32)))
 (type $3 (func))
 (type $4 (func (param i32 i32 i32 i32 i32 i32 i32 f32 f32)))
 (type $5 (func (param i32 i32 i32 f32 i32 i32 i32 i32 i32 f32 i32 i32)))
 (type $6 (func (param i32 i32 i32 i32)))
 (type $7 (func (param i32 i32 i32 i32 i32 f32 i32 i32 i32 i32 f32 i32 i32)))
 (import "env" "memory" (memory $0 64))
 (global $scratch/asm/dense/KC (mut i32) (i32.const 256))
 (global $scratch/asm/dense/MC (mut i32) (i32.const 64))
 (global $scratch/asm/dense/NC (mut i32) (i32.const 256))
 (global $scratch/asm/dense/DIRECT (mut i64) (i64.const 0))
 (export "tune" (func $scratch/asm/dense/tune))
 (export "sgemm" (func $scratch/asm/dense/sgemm))
 (export "biasAdd" (func $scratch/asm/dense/biasAdd))
 (export "biasGrad" (func $scratch/asm/dense/biasGrad))
 (export "memory" (memory $0))
 (start $~start)
 (func $scratch/asm/gemm-direct/scalarBlock (param $0 i32) (param $1 i32) (param $2 i32) (param $3 f32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 f32) (param $10 i32) (param $11 i32) (param $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 f32)
  (local $18 i32)
  (local $19 i32)
  loop $for-loop|0
   local.get $0
   local.get $18
   i32.gt_s
   if
    local.get $4
    local.get $5
    local.get $18
    i32.mul
    i32.add
    local.set $13
    i32.const 0
    local.set $19
    loop $for-loop|1
     local.get $1
     local.get $19
     i32.gt_s
     if
      local.get $13
      local.set $14
      local.get $7
      local.get $19
      i32.const 2
      i32.shl
      i32.add
      local.set $16
      f32.const 0
      local.set $17
      i32.const 0
      local.set $15
      loop $for-loop|2
       local.get $2
       local.get $15
       i32.gt_s
       if
        local.get $17
        local.get $14
        f32.load
        local.get $16
        f32.load
        f32.mul
        f32.add
        local.set $17
        local.get $6
        local.get $14
        i32.add
        local.set $14
        local.get $8
        local.get $16
        i32.add
        local.set $16
        local.get $15
        i32.const 1
        i32.add
        local.set $15
        br $for-loop|2
       end
      end
      local.get $10
      local.get $11
      local.get $18
      i32.mul
      i32.add
      local.get $12
      local.get $19
      i32.mul
      i32.add
      local.tee $14
      local.get $9
      f32.const 0
      f32.eq
      if (result f32)
       local.get $3
       local.get $17
       f32.mul
      else
       local.get $3
       local.get $17
       f32.mul
       local.get $9
       local.get $14
       f32.load
       f32.mul
       f32.add
      end
      f32.store
      local.get $19
      i32.const 1
      i32.add
      local.set $19
      br $for-loop|1
     end
    end
    local.get $18
    i32.const 1
    i32.add
    local.set $18
    br $for-loop|0
   end
  end
 )
 (func $~start
  i64.const 131072
  global.set $scratch/asm/dense/DIRECT
 )
 (func $scratch/asm/gemm-pack/packB (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 v128)
  (local $16 v128)
  (local $17 i32)
  (local $18 v128)
  (local $19 i32)
  (local $20 v128)
  (local $21 v128)
  local.get $2
  i32.const 2
  i32.shl
  local.tee $11
  i32.const 4
  local.get $0
  select
  local.set $10
  i32.const 4
  local.get $11
  local.get $0
  select
  local.set $9
  i32.const 0
  local.set $2
  loop $for-loop|0
   local.get $2
   local.get $4
   i32.lt_s
   if
    local.get $2
    local.get $3
    i32.mul
    i32.const 2
    i32.shl
    i32.const 1049728
    i32.add
    local.set $12
    i32.const 0
    local.set $5
    i32.const 8
    local.get $4
    local.get $2
    i32.sub
    local.tee $6
    local.get $6
    i32.const 8
    i32.gt_s
    select
    local.tee $8
    i32.const 8
    i32.eq
    if
     local.get $0
     if
      local.get $1
      local.get $2
      local.get $11
      i32.mul
      i32.add
      local.set $13
      loop $for-loop|1
       local.get $5
       i32.const 4
       i32.add
       local.tee $6
       local.get $3
       i32.le_s
       if
        local.get $12
        local.get $5
        i32.const 5
        i32.shl
        i32.add
        local.tee $14
        local.get $13
        local.get $5
        i32.const 2
        i32.shl
        i32.add
        local.tee $5
        v128.load
        local.tee $7
        local.get $5
        local.get $11
        i32.add
        v128.load
        local.tee $15
        i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
        local.tee $16
        local.get $11
        i32.const 1
        i32.shl
        local.tee $17
        local.get $5
        i32.add
        v128.load
        local.tee $18
        local.get $5
        local.get $11
        i32.const 3
        i32.mul
        local.tee $19
        i32.add
        v128.load
        local.tee $20
        i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
        local.tee $21
        i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
        v128.store
        local.get $14
        local.get $16
        local.get $21
        i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
        v128.store offset=32
        local.get $14
        i32.const -64
        i32.sub
        local.get $7
        local.get $15
        i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
        local.tee $7
        local.get $18
        local.get $20
        i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
        local.tee $15
        i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
        v128.store
        local.get $14
        local.get $7
        local.get $15
        i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
        v128.store offset=96
        local.get $14
        i32.const 16
        i32.add
        local.tee $14
        local.get $5
        local.get $11
        i32.const 2
        i32.shl
        i32.add
        local.tee $5
        v128.load
        local.tee $7
        local.get $5
        local.get $11
        i32.add
        v128.load
        local.tee $15
        i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
        local.tee $16
        local.get $5
        local.get $17
        i32.add
        v128.load
        local.tee $18
        local.get $5
        local.get $19
        i32.add
        v128.load
        local.tee $20
        i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
        local.tee $21
        i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
        v128.store
        local.get $14
        local.get $16
        local.get $21
        i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
        v128.store offset=32
        local.get $14
        i32.const -64
        i32.sub
        local.get $7
        local.get $15
        i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
        local.tee $7
        local.get $18
        local.get $20
        i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
        local.tee $15
        i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
        v128.store
        local.get $14
        local.get $7
        local.get $15
        i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
        v128.store offset=96
        local.get $6
        local.set $5
        br $for-loop|1
       end
      end
     else
      loop $for-loop|2
       local.get $3
       local.get $5
       i32.gt_s
       if
        local.get $12
        local.get $5
        i32.const 5
        i32.shl
        i32.add
        local.tee $6
        local.get $1
        local.get $5
        local.get $11
        i32.mul
        i32.add
        local.get $2
        i32.const 2
        i32.shl
        i32.add
        local.tee $13
        v128.load
        v128.store
        local.get $6
        local.get $13
        v128.load offset=16
        v128.store offset=16
        local.get $5
        i32.const 1
        i32.add
        local.set $5
        br $for-loop|2
       end
      end
     end
    end
    local.get $3
    local.get $5
    i32.gt_s
    if
     local.get $1
     local.get $5
     local.get $9
     i32.mul
     i32.add
     local.set $13
     local.get $3
     local.get $5
     i32.sub
     local.set $14
     local.get $12
     local.get $5
     i32.const 5
     i32.shl
     i32.add
     local.set $12
     i32.const 0
     local.set $6
     loop $for-loop|00
      local.get $6
      local.get $14
      i32.lt_s
      if
       local.get $13
       local.get $2
       local.get $10
       i32.mul
       i32.add
       local.get $6
       local.get $9
       i32.mul
       i32.add
       local.set $17
       local.get $12
       local.get $6
       i32.const 5
       i32.shl
       i32.add
       local.set $19
       i32.const 0
       local.set $5
       loop $for-loop|11
        local.get $5
        i32.const 8
        i32.lt_s
        if
         local.get $19
         local.get $5
         i32.const 2
         i32.shl
         i32.add
         local.get $5
         local.get $8
         i32.lt_s
         if (result f32)
          local.get $17
          local.get $5
          local.get $10
          i32.mul
          i32.add
          f32.load
         else
          f32.const 0
         end
         f32.store
         local.get $5
         i32.const 1
         i32.add
         local.set $5
         br $for-loop|11
        end
       end
       local.get $6
       i32.const 1
       i32.add
       local.set $6
       br $for-loop|00
      end
     end
    end
    local.get $2
    i32.const 8
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
 )
 (func $scratch/asm/gemm-pack/packA (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 i32)
  (local $21 i32)
  i32.const 4
  local.get $2
  i32.const 2
  i32.shl
  local.tee $16
  local.get $0
  select
  local.set $15
  local.get $16
  i32.const 4
  local.get $0
  select
  local.set $14
  i32.const 0
  local.set $2
  loop $for-loop|0
   local.get $2
   local.get $3
   i32.lt_s
   if
    local.get $2
    local.get $4
    i32.mul
    i32.const 2
    i32.shl
    i32.const 1152
    i32.add
    local.set $8
    i32.const 0
    local.set $5
    i32.const 4
    local.get $3
    local.get $2
    i32.sub
    local.tee $6
    local.get $6
    i32.const 4
    i32.gt_s
    select
    local.tee $13
    i32.const 4
    i32.eq
    if
     local.get $0
     if
      loop $for-loop|1
       local.get $4
       local.get $5
       i32.gt_s
       if
        local.get $8
        local.get $5
        i32.const 4
        i32.shl
        i32.add
        local.get $1
        local.get $5
        local.get $16
        i32.mul
        i32.add
        local.get $2
        i32.const 2
        i32.shl
        i32.add
        v128.load
        v128.store
        local.get $5
        i32.const 1
        i32.add
        local.set $5
        br $for-loop|1
       end
      end
     else
      local.get $1
      local.get $2
      local.get $16
      i32.mul
      i32.add
      local.set $9
      loop $for-loop|2
       local.get $5
       i32.const 4
       i32.add
       local.tee $6
       local.get $4
       i32.le_s
       if
        local.get $8
        local.get $5
        i32.const 4
        i32.shl
        i32.add
        local.tee $17
        local.get $9
        local.get $5
        i32.const 2
        i32.shl
        i32.add
        local.tee $5
        v128.load
        local.tee $12
        local.get $5
        local.get $16
        i32.add
        v128.load
        local.tee $11
        i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
        local.tee $18
        local.get $5
        local.get $16
        i32.const 1
        i32.shl
        i32.add
        v128.load
        local.tee $10
        local.get $5
        local.get $16
        i32.const 3
        i32.mul
        i32.add
        v128.load
        local.tee $7
        i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
        local.tee $19
        i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
        v128.store
        local.get $17
        local.get $18
        local.get $19
        i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
        v128.store offset=16
        local.get $17
        local.get $12
        local.get $11
        i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
        local.tee $11
        local.get $10
        local.get $7
        i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
        local.tee $7
        i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
        v128.store offset=32
        local.get $17
        local.get $11
        local.get $7
        i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
        v128.store offset=48
        local.get $6
        local.set $5
        br $for-loop|2
       end
      end
     end
    end
    local.get $4
    local.get $5
    i32.gt_s
    if
     local.get $1
     local.get $5
     local.get $14
     i32.mul
     i32.add
     local.set $9
     local.get $4
     local.get $5
     i32.sub
     local.set $6
     local.get $8
     local.get $5
     i32.const 4
     i32.shl
     i32.add
     local.set $17
     i32.const 0
     local.set $8
     loop $for-loop|00
      local.get $6
      local.get $8
      i32.gt_s
      if
       local.get $9
       local.get $2
       local.get $15
       i32.mul
       i32.add
       local.get $8
       local.get $14
       i32.mul
       i32.add
       local.set $20
       local.get $17
       local.get $8
       i32.const 4
       i32.shl
       i32.add
       local.set $21
       i32.const 0
       local.set $5
       loop $for-loop|11
        local.get $5
        i32.const 4
        i32.lt_s
        if
         local.get $21
         local.get $5
         i32.const 2
         i32.shl
         i32.add
         local.get $5
         local.get $13
         i32.lt_s
         if (result f32)
          local.get $20
          local.get $5
          local.get $15
          i32.mul
          i32.add
          f32.load
         else
          f32.const 0
         end
         f32.store
         local.get $5
         i32.const 1
         i32.add
         local.set $5
         br $for-loop|11
        end
       end
       local.get $8
       i32.const 1
       i32.add
       local.set $8
       br $for-loop|00
      end
     end
    end
    local.get $2
    i32.const 4
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
 )
 (func $scratch/asm/gemm-kernel/kernelPacked (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 f32) (param $8 f32)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 f32)
  (local $18 i32)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  local.get $2
  local.get $0
  i32.const 5
  i32.shl
  i32.add
  local.set $0
  loop $while-continue|0
   local.get $0
   local.get $2
   i32.gt_u
   if
    local.get $10
    local.get $1
    v128.load32_splat
    local.tee $19
    local.get $2
    v128.load
    local.tee $20
    f32x4.mul
    f32x4.add
    local.set $10
    local.get $9
    local.get $19
    local.get $2
    v128.load offset=16
    local.tee $19
    f32x4.mul
    f32x4.add
    local.set $9
    local.get $14
    local.get $1
    v128.load32_splat offset=4
    local.tee $21
    local.get $20
    f32x4.mul
    f32x4.add
    local.set $14
    local.get $11
    local.get $21
    local.get $19
    f32x4.mul
    f32x4.add
    local.set $11
    local.get $15
    local.get $1
    v128.load32_splat offset=8
    local.tee $21
    local.get $20
    f32x4.mul
    f32x4.add
    local.set $15
    local.get $12
    local.get $21
    local.get $19
    f32x4.mul
    f32x4.add
    local.set $12
    local.get $16
    local.get $1
    v128.load32_splat offset=12
    local.tee $21
    local.get $20
    f32x4.mul
    f32x4.add
    local.set $16
    local.get $13
    local.get $21
    local.get $19
    f32x4.mul
    f32x4.add
    local.set $13
    local.get $1
    i32.const 16
    i32.add
    local.set $1
    local.get $2
    i32.const 32
    i32.add
    local.set $2
    br $while-continue|0
   end
  end
  local.get $6
  i32.const 8
  i32.eq
  local.get $5
  i32.const 4
  i32.eq
  i32.and
  if
   local.get $10
   local.get $7
   f32x4.splat
   local.tee $19
   f32x4.mul
   local.set $10
   local.get $9
   local.get $19
   f32x4.mul
   local.set $9
   local.get $8
   f32.const 0
   f32.ne
   if
    local.get $10
    local.get $3
    v128.load
    local.get $8
    f32x4.splat
    local.tee $20
    f32x4.mul
    f32x4.add
    local.set $10
    local.get $9
    local.get $3
    v128.load offset=16
    local.get $20
    f32x4.mul
    f32x4.add
    local.set $9
   end
   local.get $3
   local.get $10
   v128.store
   local.get $3
   local.get $9
   v128.store offset=16
   local.get $3
   local.get $4
   i32.add
   local.set $0
   local.get $14
   local.get $19
   f32x4.mul
   local.set $14
   local.get $11
   local.get $19
   f32x4.mul
   local.set $9
   local.get $8
   f32.const 0
   f32.ne
   if
    local.get $14
    local.get $0
    v128.load
    local.get $8
    f32x4.splat
    local.tee $10
    f32x4.mul
    f32x4.add
    local.set $14
    local.get $9
    local.get $0
    v128.load offset=16
    local.get $10
    f32x4.mul
    f32x4.add
    local.set $9
   end
   local.get $0
   local.get $14
   v128.store
   local.get $0
   local.get $9
   v128.store offset=16
   local.get $3
   local.get $4
   i32.const 1
   i32.shl
   i32.add
   local.set $0
   local.get $15
   local.get $19
   f32x4.mul
   local.set $15
   local.get $12
   local.get $19
   f32x4.mul
   local.set $9
   local.get $8
   f32.const 0
   f32.ne
   if
    local.get $15
    local.get $0
    v128.load
    local.get $8
    f32x4.splat
    local.tee $10
    f32x4.mul
    f32x4.add
    local.set $15
    local.get $9
    local.get $0
    v128.load offset=16
    local.get $10
    f32x4.mul
    f32x4.add
    local.set $9
   end
   local.get $0
   local.get $15
   v128.store
   local.get $0
   local.get $9
   v128.store offset=16
   local.get $3
   local.get $4
   i32.const 3
   i32.mul
   i32.add
   local.set $0
   local.get $16
   local.get $19
   f32x4.mul
   local.set $16
   local.get $13
   local.get $19
   f32x4.mul
   local.set $9
   local.get $8
   f32.const 0
   f32.ne
   if
    local.get $16
    local.get $0
    v128.load
    local.get $8
    f32x4.splat
    local.tee $10
    f32x4.mul
    f32x4.add
    local.set $16
    local.get $9
    local.get $0
    v128.load offset=16
    local.get $10
    f32x4.mul
    f32x4.add
    local.set $9
   end
   local.get $0
   local.get $16
   v128.store
   local.get $0
   local.get $9
   v128.store offset=16
  else
   i32.const 1024
   local.get $10
   v128.store
   i32.const 1040
   local.get $9
   v128.store
   i32.const 1056
   local.get $14
   v128.store
   i32.const 1072
   local.get $11
   v128.store
   i32.const 1088
   local.get $15
   v128.store
   i32.const 1104
   local.get $12
   v128.store
   i32.const 1120
   local.get $16
   v128.store
   i32.const 1136
   local.get $13
   v128.store
   i32.const 0
   local.set $2
   loop $for-loop|0
    local.get $2
    local.get $5
    i32.lt_s
    if
     local.get $2
     i32.const 5
     i32.shl
     i32.const 1024
     i32.add
     local.set $18
     local.get $3
     local.get $2
     local.get $4
     i32.mul
     i32.add
     local.set $0
     i32.const 0
     local.set $1
     loop $for-loop|1
      local.get $1
      local.get $6
      i32.lt_s
      if
       local.get $7
       local.get $18
       local.get $1
       i32.const 2
       i32.shl
       i32.add
       f32.load
       f32.mul
       local.set $17
       local.get $0
       local.get $8
       f32.const 0
       f32.eq
       if (result f32)
        local.get $17
       else
        local.get $17
        local.get $8
        local.get $0
        f32.load
        f32.mul
        f32.add
       end
       f32.store
       local.get $0
       i32.const 4
       i32.add
       local.set $0
       local.get $1
       i32.const 1
       i32.add
       local.set $1
       br $for-loop|1
      end
     end
     local.get $2
     i32.const 1
     i32.add
     local.set $2
     br $for-loop|0
    end
   end
  end
 )
 (func $scratch/asm/gemm-direct/rowProductCT (param $0 i32) (param $1 i32) (param $2 i32) (param $3 f32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 f32) (param $9 i32) (param $10 i32)
  (local $11 v128)
  (local $12 v128)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 v128)
  (local $39 v128)
  (local $40 f32)
  local.get $0
  local.set $13
  local.get $4
  local.set $15
  local.get $6
  local.set $14
  local.get $9
  local.set $16
  local.get $1
  local.tee $17
  i32.const -8
  i32.and
  local.set $24
  local.get $1
  i32.const -4
  i32.and
  local.set $22
  loop $for-loop|0
   local.get $13
   local.get $21
   i32.gt_s
   if
    local.get $15
    local.get $5
    local.get $21
    i32.mul
    i32.add
    local.set $30
    local.get $16
    local.get $21
    i32.const 2
    i32.shl
    i32.add
    local.set $31
    i32.const 1
    local.get $13
    local.get $21
    i32.sub
    local.get $21
    i32.const 4
    i32.add
    local.get $13
    i32.le_s
    local.tee $29
    select
    local.set $32
    i32.const 0
    local.set $23
    loop $for-loop|1
     local.get $23
     local.get $32
     i32.lt_s
     if
      local.get $30
      local.get $5
      local.get $23
      i32.mul
      i32.add
      local.set $1
      local.get $31
      local.get $23
      i32.const 2
      i32.shl
      i32.add
      local.set $36
      i32.const 0
      local.set $0
      loop $for-loop|2
       local.get $0
       local.get $24
       i32.lt_s
       if
        local.get $14
        local.get $0
        i32.const 2
        i32.shl
        i32.add
        local.set $4
        local.get $36
        local.get $0
        local.get $10
        i32.mul
        i32.add
        local.set $33
        i32.const 4
        i32.const 1
        local.get $29
        select
        local.set $34
        local.get $1
        local.set $9
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $18
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $25
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $11
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $26
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $19
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $27
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $20
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $12
        local.get $5
        i32.const 1
        i32.shl
        local.set $37
        local.get $5
        i32.const 3
        i32.mul
        local.set $35
        i32.const 0
        local.set $6
        loop $for-loop|3
         local.get $2
         local.get $6
         i32.gt_s
         if
          local.get $18
          local.get $9
          v128.load32_splat
          local.tee $38
          local.get $4
          v128.load
          local.tee $28
          f32x4.mul
          f32x4.add
          local.set $18
          local.get $25
          local.get $38
          local.get $4
          v128.load offset=16
          local.tee $38
          f32x4.mul
          f32x4.add
          local.set $25
          local.get $34
          i32.const 1
          i32.gt_u
          if
           local.get $11
           local.get $5
           local.get $9
           i32.add
           v128.load32_splat
           local.tee $39
           local.get $28
           f32x4.mul
           f32x4.add
           local.set $11
           local.get $26
           local.get $39
           local.get $38
           f32x4.mul
           f32x4.add
           local.set $26
           local.get $19
           local.get $9
           local.get $37
           i32.add
           v128.load32_splat
           local.tee $39
           local.get $28
           f32x4.mul
           f32x4.add
           local.set $19
           local.get $27
           local.get $39
           local.get $38
           f32x4.mul
           f32x4.add
           local.set $27
           local.get $20
           local.get $9
           local.get $35
           i32.add
           v128.load32_splat
           local.tee $39
           local.get $28
           f32x4.mul
           f32x4.add
           local.set $20
           local.get $12
           local.get $39
           local.get $38
           f32x4.mul
           f32x4.add
           local.set $12
          end
          local.get $9
          i32.const 4
          i32.add
          local.set $9
          local.get $4
          local.get $7
          i32.add
          local.set $4
          local.get $6
          i32.const 1
          i32.add
          local.set $6
          br $for-loop|3
         end
        end
        i32.const 1024
        local.get $18
        v128.store
        i32.const 1040
        local.get $25
        v128.store
        i32.const 1056
        local.get $11
        v128.store
        i32.const 1072
        local.get $26
        v128.store
        i32.const 1088
        local.get $19
        v128.store
        i32.const 1104
        local.get $27
        v128.store
        i32.const 1120
        local.get $20
        v128.store
        i32.const 1136
        local.get $12
        v128.store
        i32.const 0
        local.set $9
        loop $for-loop|00
         local.get $9
         local.get $34
         i32.lt_s
         if
          local.get $9
          i32.const 5
          i32.shl
          i32.const 1024
          i32.add
          local.set $35
          local.get $33
          local.get $9
          i32.const 2
          i32.shl
          i32.add
          local.set $4
          i32.const 0
          local.set $6
          loop $for-loop|11
           local.get $6
           i32.const 8
           i32.lt_s
           if
            local.get $3
            local.get $35
            local.get $6
            i32.const 2
            i32.shl
            i32.add
            f32.load
            f32.mul
            local.set $40
            local.get $4
            local.get $8
            f32.const 0
            f32.ne
            if (result f32)
             local.get $40
             local.get $8
             local.get $4
             f32.load
             f32.mul
             f32.add
            else
             local.get $40
            end
            f32.store
            local.get $4
            local.get $10
            i32.add
            local.set $4
            local.get $6
            i32.const 1
            i32.add
            local.set $6
            br $for-loop|11
           end
          end
          local.get $9
          i32.const 1
          i32.add
          local.set $9
          br $for-loop|00
         end
        end
        local.get $0
        i32.const 8
        i32.add
        local.set $0
        br $for-loop|2
       end
      end
      local.get $22
      local.get $24
      i32.gt_s
      if
       local.get $14
       local.get $24
       i32.const 2
       i32.shl
       i32.add
       local.set $0
       local.get $36
       local.get $10
       local.get $24
       i32.mul
       i32.add
       local.set $9
       i32.const 4
       i32.const 1
       local.get $29
       select
       local.set $33
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $18
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $11
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $19
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $20
       local.get $5
       i32.const 1
       i32.shl
       local.set $4
       local.get $5
       i32.const 3
       i32.mul
       local.set $34
       i32.const 0
       local.set $6
       loop $for-loop|5
        local.get $2
        local.get $6
        i32.gt_s
        if
         local.get $18
         local.get $1
         v128.load32_splat
         local.get $0
         v128.load
         local.tee $12
         f32x4.mul
         f32x4.add
         local.set $18
         local.get $33
         i32.const 1
         i32.gt_u
         if
          local.get $19
          local.get $1
          local.get $4
          i32.add
          v128.load32_splat
          local.get $12
          f32x4.mul
          f32x4.add
          local.set $19
          local.get $20
          local.get $1
          local.get $34
          i32.add
          v128.load32_splat
          local.get $12
          f32x4.mul
          f32x4.add
          local.set $20
          local.get $11
          local.get $1
          local.get $5
          i32.add
          v128.load32_splat
          local.get $12
          f32x4.mul
          f32x4.add
          local.set $11
         end
         local.get $1
         i32.const 4
         i32.add
         local.set $1
         local.get $0
         local.get $7
         i32.add
         local.set $0
         local.get $6
         i32.const 1
         i32.add
         local.set $6
         br $for-loop|5
        end
       end
       i32.const 1024
       local.get $18
       v128.store
       i32.const 1040
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       v128.store
       i32.const 1056
       local.get $11
       v128.store
       i32.const 1072
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       v128.store
       i32.const 1088
       local.get $19
       v128.store
       i32.const 1104
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       v128.store
       i32.const 1120
       local.get $20
       v128.store
       i32.const 1136
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       v128.store
       i32.const 0
       local.set $6
       loop $for-loop|04
        local.get $6
        local.get $33
        i32.lt_s
        if
         local.get $6
         i32.const 5
         i32.shl
         i32.const 1024
         i32.add
         local.set $1
         local.get $9
         local.get $6
         i32.const 2
         i32.shl
         i32.add
         local.set $0
         i32.const 0
         local.set $4
         loop $for-loop|15
          local.get $4
          i32.const 4
          i32.lt_s
          if
           local.get $3
           local.get $1
           local.get $4
           i32.const 2
           i32.shl
           i32.add
           f32.load
           f32.mul
           local.set $40
           local.get $0
           local.get $8
           f32.const 0
           f32.ne
           if (result f32)
            local.get $40
            local.get $8
            local.get $0
            f32.load
            f32.mul
            f32.add
           else
            local.get $40
           end
           f32.store
           local.get $0
           local.get $10
           i32.add
           local.set $0
           local.get $4
           i32.const 1
           i32.add
           local.set $4
           br $for-loop|15
          end
         end
         local.get $6
         i32.const 1
         i32.add
         local.set $6
         br $for-loop|04
        end
       end
      end
      local.get $23
      i32.const 1
      i32.add
      local.set $23
      br $for-loop|1
     end
    end
    local.get $21
    i32.const 4
    i32.add
    local.set $21
    br $for-loop|0
   end
  end
  local.get $17
  local.get $22
  i32.gt_s
  if
   local.get $13
   local.get $17
   local.get $22
   i32.sub
   local.get $2
   local.get $3
   local.get $15
   local.get $5
   i32.const 4
   local.get $14
   local.get $22
   i32.const 2
   i32.shl
   i32.add
   local.get $7
   local.get $8
   local.get $16
   local.get $10
   local.get $22
   i32.mul
   i32.add
   i32.const 4
   local.get $10
   call $scratch/asm/gemm-direct/scalarBlock
  end
 )
 (func $scratch/asm/gemm-direct/rowProductC (param $0 i32) (param $1 i32) (param $2 i32) (param $3 f32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 f32) (param $10 i32) (param $11 i32)
  (local $12 v128)
  (local $13 v128)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  local.get $7
  local.set $16
  local.get $10
  local.set $14
  local.get $1
  local.tee $15
  i32.const -8
  i32.and
  local.set $28
  local.get $1
  i32.const -4
  i32.and
  local.set $27
  loop $for-loop|0
   local.get $0
   local.get $23
   i32.gt_s
   if
    local.get $4
    local.get $5
    local.get $23
    i32.mul
    i32.add
    local.set $30
    local.get $14
    local.get $11
    local.get $23
    i32.mul
    i32.add
    local.set $31
    i32.const 1
    local.get $0
    local.get $23
    i32.sub
    local.get $23
    i32.const 4
    i32.add
    local.get $0
    i32.le_s
    local.tee $29
    select
    local.set $32
    i32.const 0
    local.set $26
    loop $for-loop|1
     local.get $26
     local.get $32
     i32.lt_s
     if
      local.get $30
      local.get $5
      local.get $26
      i32.mul
      i32.add
      local.set $1
      local.get $31
      local.get $11
      local.get $26
      i32.mul
      i32.add
      local.set $36
      i32.const 0
      local.set $24
      loop $for-loop|2
       local.get $24
       local.get $28
       i32.lt_s
       if
        i32.const 4
        i32.const 1
        local.get $29
        select
        local.set $34
        local.get $1
        local.set $10
        local.get $16
        local.get $24
        i32.const 2
        i32.shl
        local.tee $7
        i32.add
        local.set $25
        local.get $7
        local.get $36
        i32.add
        local.set $35
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $18
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $17
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $12
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $21
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $19
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $22
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $20
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $13
        local.get $5
        i32.const 1
        i32.shl
        local.set $37
        local.get $5
        i32.const 3
        i32.mul
        local.set $33
        i32.const 0
        local.set $7
        loop $for-loop|3
         local.get $2
         local.get $7
         i32.gt_s
         if
          local.get $18
          local.get $10
          v128.load32_splat
          local.tee $38
          local.get $25
          v128.load
          local.tee $39
          f32x4.mul
          f32x4.add
          local.set $18
          local.get $17
          local.get $38
          local.get $25
          v128.load offset=16
          local.tee $38
          f32x4.mul
          f32x4.add
          local.set $17
          local.get $34
          i32.const 1
          i32.gt_u
          if
           local.get $12
           local.get $5
           local.get $10
           i32.add
           v128.load32_splat
           local.tee $40
           local.get $39
           f32x4.mul
           f32x4.add
           local.set $12
           local.get $21
           local.get $40
           local.get $38
           f32x4.mul
           f32x4.add
           local.set $21
           local.get $19
           local.get $10
           local.get $37
           i32.add
           v128.load32_splat
           local.tee $40
           local.get $39
           f32x4.mul
           f32x4.add
           local.set $19
           local.get $22
           local.get $40
           local.get $38
           f32x4.mul
           f32x4.add
           local.set $22
           local.get $20
           local.get $10
           local.get $33
           i32.add
           v128.load32_splat
           local.tee $40
           local.get $39
           f32x4.mul
           f32x4.add
           local.set $20
           local.get $13
           local.get $40
           local.get $38
           f32x4.mul
           f32x4.add
           local.set $13
          end
          local.get $6
          local.get $10
          i32.add
          local.set $10
          local.get $8
          local.get $25
          i32.add
          local.set $25
          local.get $7
          i32.const 1
          i32.add
          local.set $7
          br $for-loop|3
         end
        end
        local.get $18
        local.get $3
        f32x4.splat
        local.tee $38
        f32x4.mul
        local.set $18
        local.get $17
        local.get $38
        f32x4.mul
        local.set $17
        local.get $9
        f32.const 0
        f32.ne
        if
         local.get $18
         local.get $35
         v128.load
         local.get $9
         f32x4.splat
         local.tee $39
         f32x4.mul
         f32x4.add
         local.set $18
         local.get $17
         local.get $35
         v128.load offset=16
         local.get $39
         f32x4.mul
         f32x4.add
         local.set $17
        end
        local.get $35
        local.get $18
        v128.store
        local.get $35
        local.get $17
        v128.store offset=16
        local.get $34
        i32.const 1
        i32.gt_u
        if
         local.get $11
         local.get $35
         i32.add
         local.set $7
         local.get $12
         local.get $38
         f32x4.mul
         local.set $12
         local.get $21
         local.get $38
         f32x4.mul
         local.set $17
         local.get $9
         f32.const 0
         f32.ne
         if
          local.get $12
          local.get $7
          v128.load
          local.get $9
          f32x4.splat
          local.tee $18
          f32x4.mul
          f32x4.add
          local.set $12
          local.get $17
          local.get $7
          v128.load offset=16
          local.get $18
          f32x4.mul
          f32x4.add
          local.set $17
         end
         local.get $7
         local.get $12
         v128.store
         local.get $7
         local.get $17
         v128.store offset=16
         local.get $35
         local.get $11
         i32.const 1
         i32.shl
         i32.add
         local.set $7
         local.get $19
         local.get $38
         f32x4.mul
         local.set $19
         local.get $22
         local.get $38
         f32x4.mul
         local.set $12
         local.get $9
         f32.const 0
         f32.ne
         if
          local.get $19
          local.get $7
          v128.load
          local.get $9
          f32x4.splat
          local.tee $17
          f32x4.mul
          f32x4.add
          local.set $19
          local.get $12
          local.get $7
          v128.load offset=16
          local.get $17
          f32x4.mul
          f32x4.add
          local.set $12
         end
         local.get $7
         local.get $19
         v128.store
         local.get $7
         local.get $12
         v128.store offset=16
         local.get $35
         local.get $11
         i32.const 3
         i32.mul
         i32.add
         local.set $7
         local.get $20
         local.get $38
         f32x4.mul
         local.set $20
         local.get $13
         local.get $38
         f32x4.mul
         local.set $12
         local.get $9
         f32.const 0
         f32.ne
         if
          local.get $20
          local.get $7
          v128.load
          local.get $9
          f32x4.splat
          local.tee $13
          f32x4.mul
          f32x4.add
          local.set $20
          local.get $12
          local.get $7
          v128.load offset=16
          local.get $13
          f32x4.mul
          f32x4.add
          local.set $12
         end
         local.get $7
         local.get $20
         v128.store
         local.get $7
         local.get $12
         v128.store offset=16
        end
        local.get $24
        i32.const 8
        i32.add
        local.set $24
        br $for-loop|2
       end
      end
      local.get $27
      local.get $28
      i32.gt_s
      if
       i32.const 4
       i32.const 1
       local.get $29
       select
       local.set $24
       local.get $16
       local.get $28
       i32.const 2
       i32.shl
       local.tee $7
       i32.add
       local.set $10
       local.get $7
       local.get $36
       i32.add
       local.set $25
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $18
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $12
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $19
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $20
       local.get $5
       i32.const 1
       i32.shl
       local.set $33
       local.get $5
       i32.const 3
       i32.mul
       local.set $34
       i32.const 0
       local.set $7
       loop $for-loop|5
        local.get $2
        local.get $7
        i32.gt_s
        if
         local.get $18
         local.get $1
         v128.load32_splat
         local.get $10
         v128.load
         local.tee $13
         f32x4.mul
         f32x4.add
         local.set $18
         local.get $24
         i32.const 1
         i32.gt_u
         if
          local.get $19
          local.get $1
          local.get $33
          i32.add
          v128.load32_splat
          local.get $13
          f32x4.mul
          f32x4.add
          local.set $19
          local.get $20
          local.get $1
          local.get $34
          i32.add
          v128.load32_splat
          local.get $13
          f32x4.mul
          f32x4.add
          local.set $20
          local.get $12
          local.get $1
          local.get $5
          i32.add
          v128.load32_splat
          local.get $13
          f32x4.mul
          f32x4.add
          local.set $12
         end
         local.get $1
         local.get $6
         i32.add
         local.set $1
         local.get $8
         local.get $10
         i32.add
         local.set $10
         local.get $7
         i32.const 1
         i32.add
         local.set $7
         br $for-loop|5
        end
       end
       local.get $18
       local.get $3
       f32x4.splat
       local.tee $13
       f32x4.mul
       local.set $17
       local.get $25
       local.get $9
       f32.const 0
       f32.ne
       if (result v128)
        local.get $17
        local.get $25
        v128.load
        local.get $9
        f32x4.splat
        f32x4.mul
        f32x4.add
       else
        local.get $17
       end
       v128.store
       local.get $24
       i32.const 1
       i32.gt_u
       if
        local.get $12
        local.get $13
        f32x4.mul
        local.set $12
        local.get $11
        local.get $25
        i32.add
        local.tee $1
        local.get $9
        f32.const 0
        f32.ne
        if (result v128)
         local.get $12
         local.get $1
         v128.load
         local.get $9
         f32x4.splat
         f32x4.mul
         f32x4.add
        else
         local.get $12
        end
        v128.store
        local.get $19
        local.get $13
        f32x4.mul
        local.set $12
        local.get $25
        local.get $11
        i32.const 1
        i32.shl
        i32.add
        local.tee $1
        local.get $9
        f32.const 0
        f32.ne
        if (result v128)
         local.get $12
         local.get $1
         v128.load
         local.get $9
         f32x4.splat
         f32x4.mul
         f32x4.add
        else
         local.get $12
        end
        v128.store
        local.get $20
        local.get $13
        f32x4.mul
        local.set $12
        local.get $25
        local.get $11
        i32.const 3
        i32.mul
        i32.add
        local.tee $1
        local.get $9
        f32.const 0
        f32.ne
        if (result v128)
         local.get $12
         local.get $1
         v128.load
         local.get $9
         f32x4.splat
         f32x4.mul
         f32x4.add
        else
         local.get $12
        end
        v128.store
       end
      end
      local.get $26
      i32.const 1
      i32.add
      local.set $26
      br $for-loop|1
     end
    end
    local.get $23
    i32.const 4
    i32.add
    local.set $23
    br $for-loop|0
   end
  end
  local.get $15
  local.get $27
  i32.gt_s
  if
   local.get $0
   local.get $15
   local.get $27
   i32.sub
   local.get $2
   local.get $3
   local.get $4
   local.get $5
   local.get $6
   local.get $16
   local.get $27
   i32.const 2
   i32.shl
   local.tee $0
   i32.add
   local.get $8
   local.get $9
   local.get $0
   local.get $14
   i32.add
   local.get $11
   i32.const 4
   call $scratch/asm/gemm-direct/scalarBlock
  end
 )
 (func $scratch/asm/gemm-direct/dotProduct (param $0 i32) (param $1 i32) (param $2 i32) (param $3 f32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 f32) (param $9 i32) (param $10 i32)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 i32)
  (local $29 f32)
  (local $30 i32)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 i32)
  (local $35 v128)
  (local $36 i32)
  (local $37 i32)
  (local $38 v128)
  loop $for-loop|0
   local.get $0
   local.get $19
   i32.gt_s
   if
    local.get $4
    local.get $5
    local.get $19
    i32.mul
    i32.add
    local.set $21
    local.get $9
    local.get $10
    local.get $19
    i32.mul
    i32.add
    local.set $30
    i32.const 0
    local.set $17
    loop $for-loop|1
     local.get $1
     local.get $17
     i32.gt_s
     if
      local.get $6
      local.get $7
      local.get $17
      i32.mul
      i32.add
      local.set $36
      local.get $30
      local.get $17
      i32.const 2
      i32.shl
      i32.add
      local.set $22
      i32.const 4
      local.get $1
      local.get $17
      i32.sub
      local.tee $14
      local.get $14
      i32.const 4
      i32.gt_s
      select
      local.set $20
      local.get $19
      i32.const 2
      i32.add
      local.get $0
      i32.le_s
      if (result i32)
       local.get $36
       i32.const 1
       local.get $20
       i32.const 1
       i32.sub
       local.tee $14
       local.get $14
       i32.const 1
       i32.gt_s
       select
       local.get $7
       i32.mul
       i32.add
       local.set $16
       i32.const 2
       local.set $18
       local.get $5
       local.get $21
       i32.add
      else
       i32.const 1
       local.set $18
       local.get $36
       i32.const 1
       local.get $20
       i32.const 1
       i32.sub
       local.tee $14
       local.get $14
       i32.const 1
       i32.gt_s
       select
       local.get $7
       i32.mul
       i32.add
       local.set $16
       local.get $5
       local.get $21
       i32.add
      end
      local.set $37
      local.get $36
      i32.const 2
      local.get $14
      local.get $14
      i32.const 2
      i32.gt_s
      select
      local.get $7
      i32.mul
      i32.add
      local.set $28
      local.get $36
      i32.const 3
      local.get $20
      i32.const 1
      i32.sub
      local.tee $14
      local.get $14
      i32.const 3
      i32.gt_s
      select
      local.get $7
      i32.mul
      i32.add
      local.set $34
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $13
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $23
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $11
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $24
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $25
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $26
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $27
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $12
      local.get $2
      i32.const -4
      i32.and
      local.set $14
      i32.const 0
      local.set $15
      loop $for-loop|2
       local.get $15
       local.get $14
       i32.const 2
       i32.shl
       i32.lt_u
       if
        local.get $13
        local.get $15
        local.get $21
        i32.add
        v128.load
        local.tee $35
        local.get $15
        local.get $36
        i32.add
        v128.load
        local.tee $31
        f32x4.mul
        f32x4.add
        local.set $13
        local.get $23
        local.get $35
        local.get $15
        local.get $16
        i32.add
        v128.load
        local.tee $32
        f32x4.mul
        f32x4.add
        local.set $23
        local.get $11
        local.get $35
        local.get $15
        local.get $28
        i32.add
        v128.load
        local.tee $33
        f32x4.mul
        f32x4.add
        local.set $11
        local.get $24
        local.get $35
        local.get $15
        local.get $34
        i32.add
        v128.load
        local.tee $38
        f32x4.mul
        f32x4.add
        local.set $24
        local.get $18
        i32.const 1
        i32.gt_u
        if
         local.get $25
         local.get $15
         local.get $37
         i32.add
         v128.load
         local.tee $35
         local.get $31
         f32x4.mul
         f32x4.add
         local.set $25
         local.get $27
         local.get $35
         local.get $33
         f32x4.mul
         f32x4.add
         local.set $27
         local.get $26
         local.get $35
         local.get $32
         f32x4.mul
         f32x4.add
         local.set $26
         local.get $12
         local.get $35
         local.get $38
         f32x4.mul
         f32x4.add
         local.set $12
        end
        local.get $15
        i32.const 16
        i32.add
        local.set $15
        br $for-loop|2
       end
      end
      local.get $13
      local.get $23
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      local.get $13
      local.get $23
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      f32x4.add
      local.tee $13
      local.get $11
      local.get $24
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      local.get $11
      local.get $24
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      f32x4.add
      local.tee $11
      i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      local.get $13
      local.get $11
      i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
      f32x4.add
      local.set $13
      local.get $18
      i32.const 1
      i32.gt_u
      if (result v128)
       local.get $25
       local.get $26
       i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
       local.get $25
       local.get $26
       i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
       f32x4.add
       local.tee $11
       local.get $27
       local.get $12
       i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
       local.get $27
       local.get $12
       i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
       f32x4.add
       local.tee $12
       i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
       local.get $11
       local.get $12
       i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
       f32x4.add
      else
       local.get $13
      end
      local.set $11
      loop $for-loop|3
       local.get $2
       local.get $14
       i32.gt_s
       if
        local.get $14
        i32.const 2
        i32.shl
        local.tee $15
        local.get $36
        i32.add
        f32.load
        f32x4.splat
        local.get $15
        local.get $16
        i32.add
        f32.load
        f32x4.replace_lane 1
        local.get $15
        local.get $28
        i32.add
        f32.load
        f32x4.replace_lane 2
        local.get $15
        local.get $34
        i32.add
        f32.load
        f32x4.replace_lane 3
        local.set $12
        local.get $13
        local.get $15
        local.get $21
        i32.add
        v128.load32_splat
        local.get $12
        f32x4.mul
        f32x4.add
        local.set $13
        local.get $18
        i32.const 1
        i32.gt_u
        if
         local.get $11
         local.get $15
         local.get $37
         i32.add
         v128.load32_splat
         local.get $12
         f32x4.mul
         f32x4.add
         local.set $11
        end
        local.get $14
        i32.const 1
        i32.add
        local.set $14
        br $for-loop|3
       end
      end
      local.get $20
      i32.const 4
      i32.eq
      if
       local.get $13
       local.get $3
       f32x4.splat
       local.tee $12
       f32x4.mul
       local.set $13
       local.get $22
       local.get $8
       f32.const 0
       f32.ne
       if (result v128)
        local.get $13
        local.get $22
        v128.load
        local.get $8
        f32x4.splat
        f32x4.mul
        f32x4.add
       else
        local.get $13
       end
       v128.store
       local.get $18
       i32.const 1
       i32.gt_u
       if
        local.get $11
        local.get $12
        f32x4.mul
        local.set $11
        local.get $10
        local.get $22
        i32.add
        local.tee $14
        local.get $8
        f32.const 0
        f32.ne
        if (result v128)
         local.get $11
         local.get $14
         v128.load
         local.get $8
         f32x4.splat
         f32x4.mul
         f32x4.add
        else
         local.get $11
        end
        v128.store
       end
      else
       i32.const 1024
       local.get $13
       v128.store
       i32.const 1056
       local.get $11
       v128.store
       i32.const 0
       local.set $16
       loop $for-loop|00
        local.get $16
        local.get $18
        i32.lt_s
        if
         local.get $16
         i32.const 5
         i32.shl
         i32.const 1024
         i32.add
         local.set $28
         local.get $22
         local.get $10
         local.get $16
         i32.mul
         i32.add
         local.set $14
         i32.const 0
         local.set $15
         loop $for-loop|11
          local.get $15
          local.get $20
          i32.lt_s
          if
           local.get $3
           local.get $28
           local.get $15
           i32.const 2
           i32.shl
           i32.add
           f32.load
           f32.mul
           local.set $29
           local.get $14
           local.get $8
           f32.const 0
           f32.eq
           if (result f32)
            local.get $29
           else
            local.get $29
            local.get $8
            local.get $14
            f32.load
            f32.mul
            f32.add
           end
           f32.store
           local.get $14
           i32.const 4
           i32.add
           local.set $14
           local.get $15
           i32.const 1
           i32.add
           local.set $15
           br $for-loop|11
          end
         end
         local.get $16
         i32.const 1
         i32.add
         local.set $16
         br $for-loop|00
        end
       end
      end
      local.get $17
      i32.const 4
      i32.add
      local.set $17
      br $for-loop|1
     end
    end
    local.get $19
    i32.const 2
    i32.add
    local.set $19
    br $for-loop|0
   end
  end
 )
 (func $scratch/asm/dense/tune (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  local.get $0
  global.set $scratch/asm/dense/KC
  local.get $1
  global.set $scratch/asm/dense/MC
  local.get $2
  global.set $scratch/asm/dense/NC
  local.get $3
  i64.extend_i32_s
  global.set $scratch/asm/dense/DIRECT
 )
 (func $scratch/asm/dense/sgemm (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 f32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 f32) (param $11 i32) (param $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 f32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  local.get $3
  i32.const 0
  i32.le_s
  local.get $2
  i32.const 0
  i32.le_s
  i32.or
  if
   return
  end
  local.get $4
  i32.const 0
  i32.le_s
  local.get $5
  f32.const 0
  f32.eq
  i32.or
  if
   i32.const 0
   local.set $1
   loop $for-loop|0
    local.get $1
    local.get $2
    i32.lt_s
    if
     local.get $11
     local.get $1
     local.get $12
     i32.mul
     i32.const 2
     i32.shl
     i32.add
     local.set $4
     i32.const 0
     local.set $0
     loop $for-loop|1
      local.get $0
      local.get $3
      i32.lt_s
      if
       local.get $4
       local.get $0
       i32.const 2
       i32.shl
       i32.add
       local.tee $6
       local.get $10
       f32.const 0
       f32.eq
       if (result f32)
        f32.const 0
       else
        local.get $10
        local.get $6
        f32.load
        f32.mul
       end
       f32.store
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $for-loop|1
      end
     end
     local.get $1
     i32.const 1
     i32.add
     local.set $1
     br $for-loop|0
    end
   end
   return
  end
  global.get $scratch/asm/dense/DIRECT
  local.get $4
  i64.extend_i32_s
  local.get $2
  i64.extend_i32_s
  local.get $3
  i64.extend_i32_s
  i64.mul
  i64.mul
  i64.ge_s
  if
   local.get $9
   i32.const 2
   i32.shl
   local.set $9
   local.get $12
   i32.const 2
   i32.shl
   local.set $12
   i32.const 4
   local.get $7
   i32.const 2
   i32.shl
   local.tee $7
   local.get $0
   select
   local.set $13
   local.get $1
   if
    local.get $0
    if
     local.get $3
     local.get $2
     local.get $4
     local.get $5
     local.get $8
     local.get $9
     local.get $6
     local.get $7
     local.get $10
     local.get $11
     local.get $12
     call $scratch/asm/gemm-direct/rowProductCT
    else
     local.get $2
     local.get $3
     local.get $4
     local.get $5
     local.get $6
     local.get $7
     local.get $8
     local.get $9
     local.get $10
     local.get $11
     local.get $12
     call $scratch/asm/gemm-direct/dotProduct
    end
   else
    local.get $2
    local.get $3
    local.get $4
    local.get $5
    local.get $6
    local.get $13
    local.get $7
    i32.const 4
    local.get $0
    select
    local.get $8
    local.get $9
    local.get $10
    local.get $11
    local.get $12
    call $scratch/asm/gemm-direct/rowProductC
   end
   return
  end
  local.get $4
  global.get $scratch/asm/dense/KC
  i32.add
  i32.const 1
  i32.sub
  global.get $scratch/asm/dense/KC
  i32.div_s
  local.tee $14
  local.get $4
  i32.add
  i32.const 1
  i32.sub
  local.get $14
  i32.div_s
  local.set $18
  local.get $2
  global.get $scratch/asm/dense/MC
  i32.add
  i32.const 1
  i32.sub
  global.get $scratch/asm/dense/MC
  i32.div_s
  local.tee $14
  local.get $2
  i32.add
  i32.const 1
  i32.sub
  local.get $14
  i32.div_s
  i32.const 3
  i32.add
  i32.const -4
  i32.and
  local.set $19
  local.get $7
  i32.const 2
  i32.shl
  local.set $23
  local.get $9
  i32.const 2
  i32.shl
  local.set $24
  local.get $12
  i32.const 2
  i32.shl
  local.set $20
  loop $for-loop|00
   local.get $3
   local.get $13
   i32.gt_s
   if
    global.get $scratch/asm/dense/NC
    local.tee $12
    local.get $3
    local.get $13
    i32.sub
    local.tee $14
    local.get $12
    local.get $14
    i32.lt_s
    select
    local.set $21
    i32.const 0
    local.set $12
    loop $for-loop|11
     local.get $4
     local.get $12
     i32.gt_s
     if
      local.get $18
      local.get $4
      local.get $12
      i32.sub
      local.tee $14
      local.get $14
      local.get $18
      i32.gt_s
      select
      local.set $17
      local.get $1
      local.get $1
      if (result i32)
       local.get $8
       local.get $13
       local.get $24
       i32.mul
       i32.add
       local.get $12
       i32.const 2
       i32.shl
       i32.add
      else
       local.get $8
       local.get $12
       local.get $24
       i32.mul
       i32.add
       local.get $13
       i32.const 2
       i32.shl
       i32.add
      end
      local.get $9
      local.get $17
      local.get $21
      call $scratch/asm/gemm-pack/packB
      f32.const 1
      local.get $10
      local.get $12
      select
      local.set $25
      i32.const 0
      local.set $14
      loop $for-loop|2
       local.get $2
       local.get $14
       i32.gt_s
       if
        local.get $19
        local.get $2
        local.get $14
        i32.sub
        local.tee $15
        local.get $15
        local.get $19
        i32.gt_s
        select
        local.set $22
        local.get $0
        local.get $0
        if (result i32)
         local.get $6
         local.get $12
         local.get $23
         i32.mul
         i32.add
         local.get $14
         i32.const 2
         i32.shl
         i32.add
        else
         local.get $6
         local.get $14
         local.get $23
         i32.mul
         i32.add
         local.get $12
         i32.const 2
         i32.shl
         i32.add
        end
        local.get $7
        local.get $22
        local.get $17
        call $scratch/asm/gemm-pack/packA
        local.get $11
        local.get $14
        local.get $20
        i32.mul
        i32.add
        local.get $13
        i32.const 2
        i32.shl
        i32.add
        local.set $26
        i32.const 0
        local.set $15
        loop $for-loop|3
         local.get $15
         local.get $21
         i32.lt_s
         if
          local.get $15
          local.get $17
          i32.mul
          i32.const 2
          i32.shl
          i32.const 1049728
          i32.add
          local.set $27
          i32.const 8
          local.get $21
          local.get $15
          i32.sub
          local.tee $16
          local.get $16
          i32.const 8
          i32.gt_s
          select
          local.set $28
          i32.const 0
          local.set $16
          loop $for-loop|4
           local.get $16
           local.get $22
           i32.lt_s
           if
            local.get $17
            local.get $16
            local.get $17
            i32.mul
            i32.const 2
            i32.shl
            i32.const 1152
            i32.add
            local.get $27
            local.get $26
            local.get $16
            local.get $20
            i32.mul
            i32.add
            local.get $15
            i32.const 2
            i32.shl
            i32.add
            local.get $20
            i32.const 4
            local.get $22
            local.get $16
            i32.sub
            local.tee $29
            local.get $29
            i32.const 4
            i32.gt_s
            select
            local.get $28
            local.get $5
            local.get $25
            call $scratch/asm/gemm-kernel/kernelPacked
            local.get $16
            i32.const 4
            i32.add
            local.set $16
            br $for-loop|4
           end
          end
          local.get $15
          i32.const 8
          i32.add
          local.set $15
          br $for-loop|3
         end
        end
        local.get $14
        local.get $19
        i32.add
        local.set $14
        br $for-loop|2
       end
      end
      local.get $12
      local.get $18
      i32.add
      local.set $12
      br $for-loop|11
     end
    end
    local.get $13
    global.get $scratch/asm/dense/NC
    i32.add
    local.set $13
    br $for-loop|00
   end
  end
 )
 (func $scratch/asm/dense/biasGrad (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 f32)
  (local $13 i32)
  local.get $1
  i32.const 2
  i32.shl
  local.set $13
  loop $for-loop|0
   local.get $6
   i32.const 16
   i32.add
   local.get $1
   i32.le_s
   if
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $8
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $9
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $10
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $11
    local.get $2
    local.get $6
    i32.const 2
    i32.shl
    i32.add
    local.set $5
    i32.const 0
    local.set $7
    loop $for-loop|1
     local.get $0
     local.get $7
     i32.gt_s
     if
      local.get $8
      local.get $5
      v128.load
      f32x4.add
      local.set $8
      local.get $9
      local.get $5
      v128.load offset=16
      f32x4.add
      local.set $9
      local.get $10
      local.get $5
      v128.load offset=32
      f32x4.add
      local.set $10
      local.get $11
      local.get $5
      v128.load offset=48
      f32x4.add
      local.set $11
      local.get $5
      local.get $13
      i32.add
      local.set $5
      local.get $7
      i32.const 1
      i32.add
      local.set $7
      br $for-loop|1
     end
    end
    local.get $3
    local.get $6
    i32.const 2
    i32.shl
    i32.add
    local.tee $5
    local.get $4
    if (result v128)
     local.get $9
     local.get $5
     v128.load offset=16
     f32x4.add
     local.set $9
     local.get $10
     local.get $5
     v128.load offset=32
     f32x4.add
     local.set $10
     local.get $11
     local.get $5
     v128.load offset=48
     f32x4.add
     local.set $11
     local.get $8
     local.get $5
     v128.load
     f32x4.add
    else
     local.get $8
    end
    v128.store
    local.get $5
    local.get $9
    v128.store offset=16
    local.get $5
    local.get $10
    v128.store offset=32
    local.get $5
    local.get $11
    v128.store offset=48
    local.get $6
    i32.const 16
    i32.add
    local.set $6
    br $for-loop|0
   end
  end
  loop $for-loop|2
   local.get $6
   i32.const 4
   i32.add
   local.get $1
   i32.le_s
   if
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $8
    local.get $2
    local.get $6
    i32.const 2
    i32.shl
    i32.add
    local.set $5
    i32.const 0
    local.set $7
    loop $for-loop|3
     local.get $0
     local.get $7
     i32.gt_s
     if
      local.get $8
      local.get $5
      v128.load
      f32x4.add
      local.set $8
      local.get $5
      local.get $13
      i32.add
      local.set $5
      local.get $7
      i32.const 1
      i32.add
      local.set $7
      br $for-loop|3
     end
    end
    local.get $3
    local.get $6
    i32.const 2
    i32.shl
    i32.add
    local.tee $5
    local.get $4
    if (result v128)
     local.get $8
     local.get $5
     v128.load
     f32x4.add
    else
     local.get $8
    end
    v128.store
    local.get $6
    i32.const 4
    i32.add
    local.set $6
    br $for-loop|2
   end
  end
  loop $for-loop|4
   local.get $1
   local.get $6
   i32.gt_s
   if
    f32.const 0
    local.set $12
    local.get $2
    local.get $6
    i32.const 2
    i32.shl
    i32.add
    local.set $5
    i32.const 0
    local.set $7
    loop $for-loop|5
     local.get $0
     local.get $7
     i32.gt_s
     if
      local.get $12
      local.get $5
      f32.load
      f32.add
      local.set $12
      local.get $5
      local.get $13
      i32.add
      local.set $5
      local.get $7
      i32.const 1
      i32.add
      local.set $7
      br $for-loop|5
     end
    end
    local.get $3
    local.get $6
    i32.const 2
    i32.shl
    i32.add
    local.tee $5
    local.get $4
    if (result f32)
     local.get $12
     local.get $5
     f32.load
     f32.add
    else
     local.get $12
    end
    f32.store
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|4
   end
  end
 )
 (func $scratch/asm/dense/biasAdd (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  local.get $1
  i32.const 2
  i32.shl
  local.set $8
  loop $for-loop|0
   local.get $0
   local.get $7
   i32.gt_s
   if
    i32.const 0
    local.set $5
    loop $for-loop|1
     local.get $5
     i32.const 4
     i32.add
     local.tee $6
     local.get $1
     i32.le_s
     if
      local.get $5
      i32.const 2
      i32.shl
      local.tee $5
      local.get $4
      i32.add
      local.get $2
      local.get $5
      i32.add
      v128.load
      local.get $3
      local.get $5
      i32.add
      v128.load
      f32x4.add
      v128.store
      local.get $6
      local.set $5
      br $for-loop|1
     end
    end
    loop $for-loop|2
     local.get $1
     local.get $5
     i32.gt_s
     if
      local.get $5
      i32.const 2
      i32.shl
      local.tee $6
      local.get $4
      i32.add
      local.get $2
      local.get $6
      i32.add
      f32.load
      local.get $3
      local.get $6
      i32.add
      f32.load
      f32.add
      f32.store
      local.get $5
      i32.const 1
      i32.add
      local.set $5
      br $for-loop|2
     end
    end
    local.get $2
    local.get $8
    i32.add
    local.set $2
    local.get $4
    local.get $8
    i32.add
    local.set $4
    local.get $7
    i32.const 1
    i32.add
    local.set $7
    br $for-loop|0
   end
  end
 )
)
