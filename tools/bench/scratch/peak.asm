--- WebAssembly code ---
name: wasm-function[1]
index: 1
kind: wasm function
compiler: Liftoff
Body (size = 960 = 924 + 36 padding)
Instructions (size = 908)
0x266d1c755700     0  55                   push rbp
0x266d1c755701     1  4889e5               REX.W movq rbp,rsp
0x266d1c755704     4  6a08                 push 0x8
0x266d1c755706     6  56                   push rsi
0x266d1c755707     7  4881ecc0000000       REX.W subq rsp,0xc0
0x266d1c75570e     e  50                   push rax
0x266d1c75570f     f  51                   push rcx
0x266d1c755710    10  57                   push rdi
0x266d1c755711    11  488dbd30ffffff       REX.W leaq rdi,[rbp-0xd0]
0x266d1c755718    18  33c0                 xorl rax,rax
0x266d1c75571a    1a  b929000000           movl rcx,0x29
0x266d1c75571f    1f  f3ab                 rep stosl
0x266d1c755721    21  5f                   pop rdi
0x266d1c755722    22  59                   pop rcx
0x266d1c755723    23  58                   pop rax
0x266d1c755724    24  488b4e4f             REX.W movq rcx,[rsi+0x4f]
0x266d1c755728    28  483b21               REX.W cmpq rsp,[rcx]
0x266d1c75572b    2b  0f86a1020000         jna 0x266d1c7559d2  <+0x2d2>
0x266d1c755731    31  c4e27918c1           vbroadcastss xmm0,xmm1
0x266d1c755736    36  c4e27918da           vbroadcastss xmm3,xmm2
0x266d1c75573b    3b  49ba0000803f0000803f REX.W movq r10,0x3f8000003f800000
0x266d1c755745    45  c4c1f96ee2           vmovq xmm4,r10
0x266d1c75574a    4a  c5d96ce4             vpunpcklqdq xmm4,xmm4,xmm4
0x266d1c75574e    4e  49bacdcc8c3fcdcc8c3f REX.W movq r10,0x3f8ccccd3f8ccccd
0x266d1c755758    58  c4c1f96eea           vmovq xmm5,r10
0x266d1c75575d    5d  c5d16ced             vpunpcklqdq xmm5,xmm5,xmm5
0x266d1c755761    61  49ba9a99993f9a99993f REX.W movq r10,0x3f99999a3f99999a
0x266d1c75576b    6b  c4c1f96ef2           vmovq xmm6,r10
0x266d1c755770    70  c5c96cf6             vpunpcklqdq xmm6,xmm6,xmm6
0x266d1c755774    74  49ba6666a63f6666a63f REX.W movq r10,0x3fa666663fa66666
0x266d1c75577e    7e  c4c1f96efa           vmovq xmm7,r10
0x266d1c755783    83  c5c16cff             vpunpcklqdq xmm7,xmm7,xmm7
0x266d1c755787    87  c5fa7f45c4           vmovdqu [rbp-0x3c],xmm0
0x266d1c75578c    8c  49ba3333b33f3333b33f REX.W movq r10,0x3fb333333fb33333
0x266d1c755796    96  c4c1f96ec2           vmovq xmm0,r10
0x266d1c75579b    9b  c5f96cc0             vpunpcklqdq xmm0,xmm0,xmm0
0x266d1c75579f    9f  c5fa114dd8           vmovss [rbp-0x28],xmm1
0x266d1c7557a4    a4  49ba0000c03f0000c03f REX.W movq r10,0x3fc000003fc00000
0x266d1c7557ae    ae  c4c1f96eca           vmovq xmm1,r10
0x266d1c7557b3    b3  c5f16cc9             vpunpcklqdq xmm1,xmm1,xmm1
0x266d1c7557b7    b7  c5fa1155d4           vmovss [rbp-0x2c],xmm2
0x266d1c7557bc    bc  49bacdcccc3fcdcccc3f REX.W movq r10,0x3fcccccd3fcccccd
0x266d1c7557c6    c6  c4c1f96ed2           vmovq xmm2,r10
0x266d1c7557cb    cb  c5e96cd2             vpunpcklqdq xmm2,xmm2,xmm2
0x266d1c7557cf    cf  c5fa7f5db4           vmovdqu [rbp-0x4c],xmm3
0x266d1c7557d4    d4  49ba9a99d93f9a99d93f REX.W movq r10,0x3fd9999a3fd9999a
0x266d1c7557de    de  c4c1f96eda           vmovq xmm3,r10
0x266d1c7557e3    e3  c5e16cdb             vpunpcklqdq xmm3,xmm3,xmm3
0x266d1c7557e7    e7  8945dc               movl [rbp-0x24],rax
0x266d1c7557ea    ea  c5fa7f65a4           vmovdqu [rbp-0x5c],xmm4
0x266d1c7557ef    ef  c5fa7f6d94           vmovdqu [rbp-0x6c],xmm5
0x266d1c7557f4    f4  c5fa7f7584           vmovdqu [rbp-0x7c],xmm6
0x266d1c7557f9    f9  c5fa7fbd74ffffff     vmovdqu [rbp-0x8c],xmm7
0x266d1c755801   101  c5fa7f8564ffffff     vmovdqu [rbp-0x9c],xmm0
0x266d1c755809   109  c5fa7f8d54ffffff     vmovdqu [rbp-0xac],xmm1
0x266d1c755811   111  c5fa7f9544ffffff     vmovdqu [rbp-0xbc],xmm2
0x266d1c755819   119  c5fa7f9d34ffffff     vmovdqu [rbp-0xcc],xmm3
0x266d1c755821   121  8b45dc               movl rax,[rbp-0x24]
0x266d1c755824   124  8b8d30ffffff         movl rcx,[rbp-0xd0]
0x266d1c75582a   12a  3bc1                 cmpl rax,rcx
0x266d1c75582c   12c  0f8e2b010000         jle 0x266d1c75595d  <+0x25d>
0x266d1c755832   132  c5fa6f45a4           vmovdqu xmm0,[rbp-0x5c]
0x266d1c755837   137  c5fa6f4dc4           vmovdqu xmm1,[rbp-0x3c]
0x266d1c75583c   13c  c5f859c1             vmulps xmm0,xmm0,xmm1
0x266d1c755840   140  c5fa6f4db4           vmovdqu xmm1,[rbp-0x4c]
0x266d1c755845   145  c5f858c1             vaddps xmm0,xmm0,xmm1
0x266d1c755849   149  c5fa6f4d94           vmovdqu xmm1,[rbp-0x6c]
0x266d1c75584e   14e  c5fa6f55c4           vmovdqu xmm2,[rbp-0x3c]
0x266d1c755853   153  c5f059ca             vmulps xmm1,xmm1,xmm2
0x266d1c755857   157  c5fa6f55b4           vmovdqu xmm2,[rbp-0x4c]
0x266d1c75585c   15c  c5f058ca             vaddps xmm1,xmm1,xmm2
0x266d1c755860   160  c5fa6f5584           vmovdqu xmm2,[rbp-0x7c]
0x266d1c755865   165  c5fa6f5dc4           vmovdqu xmm3,[rbp-0x3c]
0x266d1c75586a   16a  c5e859d3             vmulps xmm2,xmm2,xmm3
0x266d1c75586e   16e  c5fa6f5db4           vmovdqu xmm3,[rbp-0x4c]
0x266d1c755873   173  c5e858d3             vaddps xmm2,xmm2,xmm3
0x266d1c755877   177  c5fa6f9d74ffffff     vmovdqu xmm3,[rbp-0x8c]
0x266d1c75587f   17f  c5fa6f65c4           vmovdqu xmm4,[rbp-0x3c]
0x266d1c755884   184  c5e059dc             vmulps xmm3,xmm3,xmm4
0x266d1c755888   188  c5fa6f65b4           vmovdqu xmm4,[rbp-0x4c]
0x266d1c75588d   18d  c5e058dc             vaddps xmm3,xmm3,xmm4
0x266d1c755891   191  c5fa6fa564ffffff     vmovdqu xmm4,[rbp-0x9c]
0x266d1c755899   199  c5fa6f6dc4           vmovdqu xmm5,[rbp-0x3c]
0x266d1c75589e   19e  c5d859e5             vmulps xmm4,xmm4,xmm5
0x266d1c7558a2   1a2  c5fa6f6db4           vmovdqu xmm5,[rbp-0x4c]
0x266d1c7558a7   1a7  c5d858e5             vaddps xmm4,xmm4,xmm5
0x266d1c7558ab   1ab  c5fa6fad54ffffff     vmovdqu xmm5,[rbp-0xac]
0x266d1c7558b3   1b3  c5fa6f75c4           vmovdqu xmm6,[rbp-0x3c]
0x266d1c7558b8   1b8  c5d059ee             vmulps xmm5,xmm5,xmm6
0x266d1c7558bc   1bc  c5fa6f75b4           vmovdqu xmm6,[rbp-0x4c]
0x266d1c7558c1   1c1  c5d058ee             vaddps xmm5,xmm5,xmm6
0x266d1c7558c5   1c5  c5fa6fb544ffffff     vmovdqu xmm6,[rbp-0xbc]
0x266d1c7558cd   1cd  c5fa6f7dc4           vmovdqu xmm7,[rbp-0x3c]
0x266d1c7558d2   1d2  c5c859f7             vmulps xmm6,xmm6,xmm7
0x266d1c7558d6   1d6  c5fa6f7db4           vmovdqu xmm7,[rbp-0x4c]
0x266d1c7558db   1db  c5c858f7             vaddps xmm6,xmm6,xmm7
0x266d1c7558df   1df  c5fa6fbd34ffffff     vmovdqu xmm7,[rbp-0xcc]
0x266d1c7558e7   1e7  c5fa7fa564ffffff     vmovdqu [rbp-0x9c],xmm4
0x266d1c7558ef   1ef  c5fa6f65c4           vmovdqu xmm4,[rbp-0x3c]
0x266d1c7558f4   1f4  c5c059fc             vmulps xmm7,xmm7,xmm4
0x266d1c7558f8   1f8  c5fa6f65b4           vmovdqu xmm4,[rbp-0x4c]
0x266d1c7558fd   1fd  c5c058fc             vaddps xmm7,xmm7,xmm4
0x266d1c755901   201  8b8530ffffff         movl rax,[rbp-0xd0]
0x266d1c755907   207  83c001               addl rax,0x1
0x266d1c75590a   20a  488b8eaf000000       REX.W movq rcx,[rsi+0xaf]
0x266d1c755911   211  8b5104               movl rdx,[rcx+0x4]
0x266d1c755914   214  81eaea000000         subl rdx,0xea
0x266d1c75591a   21a  0f88e0000000         js 0x266d1c755a00  <+0x300>
0x266d1c755920   220  895104               movl [rcx+0x4],rdx
0x266d1c755923   223  c5fa7f45a4           vmovdqu [rbp-0x5c],xmm0
0x266d1c755928   228  c5fa7f4d94           vmovdqu [rbp-0x6c],xmm1
0x266d1c75592d   22d  c5fa7f5584           vmovdqu [rbp-0x7c],xmm2
0x266d1c755932   232  c5fa7f9d74ffffff     vmovdqu [rbp-0x8c],xmm3
0x266d1c75593a   23a  c5fa7fad54ffffff     vmovdqu [rbp-0xac],xmm5
0x266d1c755942   242  c5fa7fb544ffffff     vmovdqu [rbp-0xbc],xmm6
0x266d1c75594a   24a  c5fa7fbd34ffffff     vmovdqu [rbp-0xcc],xmm7
0x266d1c755952   252  898530ffffff         movl [rbp-0xd0],rax
0x266d1c755958   258  e9c4feffff           jmp 0x266d1c755821  <+0x121>
0x266d1c75595d   25d  c5fa6f45a4           vmovdqu xmm0,[rbp-0x5c]
0x266d1c755962   262  c5fa6f4d94           vmovdqu xmm1,[rbp-0x6c]
0x266d1c755967   267  c5f858c1             vaddps xmm0,xmm0,xmm1
0x266d1c75596b   26b  c5fa6f4d84           vmovdqu xmm1,[rbp-0x7c]
0x266d1c755970   270  c5fa6f9574ffffff     vmovdqu xmm2,[rbp-0x8c]
0x266d1c755978   278  c5f058ca             vaddps xmm1,xmm1,xmm2
0x266d1c75597c   27c  c5f858c1             vaddps xmm0,xmm0,xmm1
0x266d1c755980   280  c5fa6f8d64ffffff     vmovdqu xmm1,[rbp-0x9c]
0x266d1c755988   288  c5fa6f9554ffffff     vmovdqu xmm2,[rbp-0xac]
0x266d1c755990   290  c5f058ca             vaddps xmm1,xmm1,xmm2
0x266d1c755994   294  c5fa6f9544ffffff     vmovdqu xmm2,[rbp-0xbc]
0x266d1c75599c   29c  c5fa6f9d34ffffff     vmovdqu xmm3,[rbp-0xcc]
0x266d1c7559a4   2a4  c5e858d3             vaddps xmm2,xmm2,xmm3
0x266d1c7559a8   2a8  c5f058ca             vaddps xmm1,xmm1,xmm2
0x266d1c7559ac   2ac  c5f858c1             vaddps xmm0,xmm0,xmm1
0x266d1c7559b0   2b0  488b86af000000       REX.W movq rax,[rsi+0xaf]
0x266d1c7559b7   2b7  8b4804               movl rcx,[rax+0x4]
0x266d1c7559ba   2ba  81e9b0020000         subl rcx,0x2b0
0x266d1c7559c0   2c0  0f88a4000000         js 0x266d1c755a6a  <+0x36a>
0x266d1c7559c6   2c6  894804               movl [rax+0x4],rcx
0x266d1c7559c9   2c9  c5f210c8             vmovss xmm1,xmm1,xmm0
0x266d1c7559cd   2cd  488be5               REX.W movq rsp,rbp
0x266d1c7559d0   2d0  5d                   pop rbp
0x266d1c7559d1   2d1  c3                   retl
0x266d1c7559d2   2d2  50                   push rax
0x266d1c7559d3   2d3  4883ec20             REX.W subq rsp,0x20
0x266d1c7559d7   2d7  c5fa7f0c24           vmovdqu [rsp],xmm1
0x266d1c7559dc   2dc  c5fa7f542410         vmovdqu [rsp+0x10],xmm2
0x266d1c7559e2   2e2  e8e9f8ffff           call 0x266d1c7552d0  (jump table)
0x266d1c7559e7   2e7  c5fa6f0c24           vmovdqu xmm1,[rsp]
0x266d1c7559ec   2ec  c5fa6f542410         vmovdqu xmm2,[rsp+0x10]
0x266d1c7559f2   2f2  4883c420             REX.W addq rsp,0x20
0x266d1c7559f6   2f6  58                   pop rax
0x266d1c7559f7   2f7  488b75f0             REX.W movq rsi,[rbp-0x10]
0x266d1c7559fb   2fb  e931fdffff           jmp 0x266d1c755731  <+0x31>
0x266d1c755a00   300  50                   push rax
0x266d1c755a01   301  4883ec70             REX.W subq rsp,0x70
0x266d1c755a05   305  c5fa7f0424           vmovdqu [rsp],xmm0
0x266d1c755a0a   30a  c5fa7f4c2410         vmovdqu [rsp+0x10],xmm1
0x266d1c755a10   310  c5fa7f542420         vmovdqu [rsp+0x20],xmm2
0x266d1c755a16   316  c5fa7f5c2430         vmovdqu [rsp+0x30],xmm3
0x266d1c755a1c   31c  c5fa7f6c2440         vmovdqu [rsp+0x40],xmm5
0x266d1c755a22   322  c5fa7f742450         vmovdqu [rsp+0x50],xmm6
0x266d1c755a28   328  c5fa7f7c2460         vmovdqu [rsp+0x60],xmm7
0x266d1c755a2e   32e  e82df7ffff           call 0x266d1c755160  (jump table)
0x266d1c755a33   333  c5fa6f0424           vmovdqu xmm0,[rsp]
0x266d1c755a38   338  c5fa6f4c2410         vmovdqu xmm1,[rsp+0x10]
0x266d1c755a3e   33e  c5fa6f542420         vmovdqu xmm2,[rsp+0x20]
0x266d1c755a44   344  c5fa6f5c2430         vmovdqu xmm3,[rsp+0x30]
0x266d1c755a4a   34a  c5fa6f6c2440         vmovdqu xmm5,[rsp+0x40]
0x266d1c755a50   350  c5fa6f742450         vmovdqu xmm6,[rsp+0x50]
0x266d1c755a56   356  c5fa6f7c2460         vmovdqu xmm7,[rsp+0x60]
0x266d1c755a5c   35c  4883c470             REX.W addq rsp,0x70
0x266d1c755a60   360  58                   pop rax
0x266d1c755a61   361  488b75f0             REX.W movq rsi,[rbp-0x10]
0x266d1c755a65   365  e9b9feffff           jmp 0x266d1c755923  <+0x223>
0x266d1c755a6a   36a  4883ec10             REX.W subq rsp,0x10
0x266d1c755a6e   36e  c5fa7f0424           vmovdqu [rsp],xmm0
0x266d1c755a73   373  e8e8f6ffff           call 0x266d1c755160  (jump table)
0x266d1c755a78   378  c5fa6f0424           vmovdqu xmm0,[rsp]
0x266d1c755a7d   37d  4883c410             REX.W addq rsp,0x10
0x266d1c755a81   381  488b75f0             REX.W movq rsi,[rbp-0x10]
0x266d1c755a85   385  e93fffffff           jmp 0x266d1c7559c9  <+0x2c9>
0x266d1c755a8a   38a  6690                 nop

Source positions:
 pc offset  position
       2e2         0  statement
       32e       305  statement
       373       349  statement

Safepoints (entries = 1, byte size = 14)
0x266d1c7559e7    2e7  slots (sp->fp): 00000000000000000000000000000000

RelocInfo (size = 0)

--- End code ---
--- WebAssembly code ---
name: wasm-function[1]
index: 1
kind: wasm function
compiler: TurboFan
Body (size = 576 = 524 + 52 padding)
Instructions (size = 508)
0x266d1c755ac0     0  55                   push rbp
0x266d1c755ac1     1  4889e5               REX.W movq rbp,rsp
0x266d1c755ac4     4  6a08                 push 0x8
0x266d1c755ac6     6  56                   push rsi
0x266d1c755ac7     7  4881eca8000000       REX.W subq rsp,0xa8
0x266d1c755ace     e  49bacdcc8c3fcdcc8c3f REX.W movq r10,0x3f8ccccd3f8ccccd
0x266d1c755ad8    18  c4c1f96ec2           vmovq xmm0,r10
0x266d1c755add    1d  c5f96cc0             vpunpcklqdq xmm0,xmm0,xmm0
0x266d1c755ae1    21  49ba0000803f0000803f REX.W movq r10,0x3f8000003f800000
0x266d1c755aeb    2b  c4c1f96eda           vmovq xmm3,r10
0x266d1c755af0    30  c5e16cdb             vpunpcklqdq xmm3,xmm3,xmm3
0x266d1c755af4    34  49ba6666a63f6666a63f REX.W movq r10,0x3fa666663fa66666
0x266d1c755afe    3e  c4c1f96ee2           vmovq xmm4,r10
0x266d1c755b03    43  c5d96ce4             vpunpcklqdq xmm4,xmm4,xmm4
0x266d1c755b07    47  49ba9a99993f9a99993f REX.W movq r10,0x3f99999a3f99999a
0x266d1c755b11    51  c4c1f96eea           vmovq xmm5,r10
0x266d1c755b16    56  c5d16ced             vpunpcklqdq xmm5,xmm5,xmm5
0x266d1c755b1a    5a  49ba0000c03f0000c03f REX.W movq r10,0x3fc000003fc00000
0x266d1c755b24    64  c4c1f96ef2           vmovq xmm6,r10
0x266d1c755b29    69  c5c96cf6             vpunpcklqdq xmm6,xmm6,xmm6
0x266d1c755b2d    6d  49ba3333b33f3333b33f REX.W movq r10,0x3fb333333fb33333
0x266d1c755b37    77  c4c1f96efa           vmovq xmm7,r10
0x266d1c755b3c    7c  c5c16cff             vpunpcklqdq xmm7,xmm7,xmm7
0x266d1c755b40    80  49ba9a99d93f9a99d93f REX.W movq r10,0x3fd9999a3fd9999a
0x266d1c755b4a    8a  c441f96ec2           vmovq xmm8,r10
0x266d1c755b4f    8f  c441396cc0           vpunpcklqdq xmm8,xmm8,xmm8
0x266d1c755b54    94  49bacdcccc3fcdcccc3f REX.W movq r10,0x3fcccccd3fcccccd
0x266d1c755b5e    9e  c441f96eca           vmovq xmm9,r10
0x266d1c755b63    a3  c441316cc9           vpunpcklqdq xmm9,xmm9,xmm9
0x266d1c755b68    a8  488b5e4f             REX.W movq rbx,[rsi+0x4f]
0x266d1c755b6c    ac  33d2                 xorl rdx,rdx
0x266d1c755b6e    ae  e96a000000           jmp 0x266d1c755bdd  <+0x11d>
0x266d1c755b73    b3  660f1f840000000000   nop
0x266d1c755b7c    bc  0f1f4000             nop
0x266d1c755b80    c0  c4627918d1           vbroadcastss xmm10,xmm1
0x266d1c755b85    c5  c4627918da           vbroadcastss xmm11,xmm2
0x266d1c755b8a    ca  c4c17859c2           vmulps xmm0,xmm0,xmm10
0x266d1c755b8f    cf  c4c17858c3           vaddps xmm0,xmm0,xmm11
0x266d1c755b94    d4  c4c16059da           vmulps xmm3,xmm3,xmm10
0x266d1c755b99    d9  c4c16058db           vaddps xmm3,xmm3,xmm11
0x266d1c755b9e    de  c4c15859e2           vmulps xmm4,xmm4,xmm10
0x266d1c755ba3    e3  c4c15858e3           vaddps xmm4,xmm4,xmm11
0x266d1c755ba8    e8  c4c15059ea           vmulps xmm5,xmm5,xmm10
0x266d1c755bad    ed  c4c15058eb           vaddps xmm5,xmm5,xmm11
0x266d1c755bb2    f2  c4c14859f2           vmulps xmm6,xmm6,xmm10
0x266d1c755bb7    f7  c4c14858f3           vaddps xmm6,xmm6,xmm11
0x266d1c755bbc    fc  c4c14059fa           vmulps xmm7,xmm7,xmm10
0x266d1c755bc1   101  c4c14058fb           vaddps xmm7,xmm7,xmm11
0x266d1c755bc6   106  c4413859c2           vmulps xmm8,xmm8,xmm10
0x266d1c755bcb   10b  c4413858c3           vaddps xmm8,xmm8,xmm11
0x266d1c755bd0   110  c4413059ca           vmulps xmm9,xmm9,xmm10
0x266d1c755bd5   115  c4413058cb           vaddps xmm9,xmm9,xmm11
0x266d1c755bda   11a  83c201               addl rdx,0x1
0x266d1c755bdd   11d  483b23               REX.W cmpq rsp,[rbx]
0x266d1c755be0   120  0f862a000000         jna 0x266d1c755c10  <+0x150>
0x266d1c755be6   126  3bd0                 cmpl rdx,rax
0x266d1c755be8   128  7c96                 jl 0x266d1c755b80  <+0xc0>
0x266d1c755bea   12a  c4c13058d0           vaddps xmm2,xmm9,xmm8
0x266d1c755bef   12f  c5c058f6             vaddps xmm6,xmm7,xmm6
0x266d1c755bf3   133  c5d058e4             vaddps xmm4,xmm5,xmm4
0x266d1c755bf7   137  c5e058c0             vaddps xmm0,xmm3,xmm0
0x266d1c755bfb   13b  c5c858d2             vaddps xmm2,xmm6,xmm2
0x266d1c755bff   13f  c5f858c4             vaddps xmm0,xmm0,xmm4
0x266d1c755c03   143  c5f858c2             vaddps xmm0,xmm0,xmm2
0x266d1c755c07   147  c5f828c8             vmovaps xmm1,xmm0
0x266d1c755c0b   14b  488be5               REX.W movq rsp,rbp
0x266d1c755c0e   14e  5d                   pop rbp
0x266d1c755c0f   14f  c3                   retl
0x266d1c755c10   150  c5f81145e0           vmovups [rbp-0x20],xmm0
0x266d1c755c15   155  c5f8115dd0           vmovups [rbp-0x30],xmm3
0x266d1c755c1a   15a  c5f81165c0           vmovups [rbp-0x40],xmm4
0x266d1c755c1f   15f  c5f8116db0           vmovups [rbp-0x50],xmm5
0x266d1c755c24   164  c5f81175a0           vmovups [rbp-0x60],xmm6
0x266d1c755c29   169  c5f8117d90           vmovups [rbp-0x70],xmm7
0x266d1c755c2e   16e  c578114580           vmovups [rbp-0x80],xmm8
0x266d1c755c33   173  c578118d70ffffff     vmovups [rbp-0x90],xmm9
0x266d1c755c3b   17b  48899568ffffff       REX.W movq [rbp-0x98],rdx
0x266d1c755c42   182  c5fb119560ffffff     vmovsd [rbp-0xa0],xmm2
0x266d1c755c4a   18a  c5fb118d58ffffff     vmovsd [rbp-0xa8],xmm1
0x266d1c755c52   192  48898550ffffff       REX.W movq [rbp-0xb0],rax
0x266d1c755c59   199  48899d48ffffff       REX.W movq [rbp-0xb8],rbx
0x266d1c755c60   1a0  e86bf6ffff           call 0x266d1c7552d0  (jump table)
0x266d1c755c65   1a5  c5f81045e0           vmovups xmm0,[rbp-0x20]
0x266d1c755c6a   1aa  c5f8105dd0           vmovups xmm3,[rbp-0x30]
0x266d1c755c6f   1af  c5f81065c0           vmovups xmm4,[rbp-0x40]
0x266d1c755c74   1b4  c5f8106db0           vmovups xmm5,[rbp-0x50]
0x266d1c755c79   1b9  c5f81075a0           vmovups xmm6,[rbp-0x60]
0x266d1c755c7e   1be  c5f8107d90           vmovups xmm7,[rbp-0x70]
0x266d1c755c83   1c3  c578104580           vmovups xmm8,[rbp-0x80]
0x266d1c755c88   1c8  c578108d70ffffff     vmovups xmm9,[rbp-0x90]
0x266d1c755c90   1d0  8b9568ffffff         movl rdx,[rbp-0x98]
0x266d1c755c96   1d6  c5fb109560ffffff     vmovsd xmm2,[rbp-0xa0]
0x266d1c755c9e   1de  c5fb108d58ffffff     vmovsd xmm1,[rbp-0xa8]
0x266d1c755ca6   1e6  8b8550ffffff         movl rax,[rbp-0xb0]
0x266d1c755cac   1ec  488b9d48ffffff       REX.W movq rbx,[rbp-0xb8]
0x266d1c755cb3   1f3  e92effffff           jmp 0x266d1c755be6  <+0x126>
0x266d1c755cb8   1f8  90                   nop
0x266d1c755cb9   1f9  0f1f00               nop

Source positions:
 pc offset  position
       150       177

Safepoints (entries = 1, byte size = 14)
0x266d1c755c65    1a5  slots (sp->fp): 00000000000000000000000000000000

RelocInfo (size = 3)
0x266d1c755c61  wasm stub call  (0x266d1c7552d0)

--- End code ---
--- WebAssembly code ---
name: wasm-function[2]
index: 2
kind: wasm function
compiler: Liftoff
Body (size = 1216 = 1216 + 0 padding)
Instructions (size = 1200)
0x266d1c755d00     0  55                   push rbp
0x266d1c755d01     1  4889e5               REX.W movq rbp,rsp
0x266d1c755d04     4  6a08                 push 0x8
0x266d1c755d06     6  56                   push rsi
0x266d1c755d07     7  4881ec00010000       REX.W subq rsp,0x100
0x266d1c755d0e     e  50                   push rax
0x266d1c755d0f     f  51                   push rcx
0x266d1c755d10    10  57                   push rdi
0x266d1c755d11    11  488dbdf0feffff       REX.W leaq rdi,[rbp-0x110]
0x266d1c755d18    18  33c0                 xorl rax,rax
0x266d1c755d1a    1a  b939000000           movl rcx,0x39
0x266d1c755d1f    1f  f3ab                 rep stosl
0x266d1c755d21    21  5f                   pop rdi
0x266d1c755d22    22  59                   pop rcx
0x266d1c755d23    23  58                   pop rax
0x266d1c755d24    24  488b4e4f             REX.W movq rcx,[rsi+0x4f]
0x266d1c755d28    28  483b21               REX.W cmpq rsp,[rcx]
0x266d1c755d2b    2b  0f86c5030000         jna 0x266d1c7560f6  <+0x3f6>
0x266d1c755d31    31  c4e27918c1           vbroadcastss xmm0,xmm1
0x266d1c755d36    36  c4e27918da           vbroadcastss xmm3,xmm2
0x266d1c755d3b    3b  49ba0000803f0000803f REX.W movq r10,0x3f8000003f800000
0x266d1c755d45    45  c4c1f96ee2           vmovq xmm4,r10
0x266d1c755d4a    4a  c5d96ce4             vpunpcklqdq xmm4,xmm4,xmm4
0x266d1c755d4e    4e  49bacdcc8c3fcdcc8c3f REX.W movq r10,0x3f8ccccd3f8ccccd
0x266d1c755d58    58  c4c1f96eea           vmovq xmm5,r10
0x266d1c755d5d    5d  c5d16ced             vpunpcklqdq xmm5,xmm5,xmm5
0x266d1c755d61    61  49ba9a99993f9a99993f REX.W movq r10,0x3f99999a3f99999a
0x266d1c755d6b    6b  c4c1f96ef2           vmovq xmm6,r10
0x266d1c755d70    70  c5c96cf6             vpunpcklqdq xmm6,xmm6,xmm6
0x266d1c755d74    74  49ba6666a63f6666a63f REX.W movq r10,0x3fa666663fa66666
0x266d1c755d7e    7e  c4c1f96efa           vmovq xmm7,r10
0x266d1c755d83    83  c5c16cff             vpunpcklqdq xmm7,xmm7,xmm7
0x266d1c755d87    87  c5fa7f45c4           vmovdqu [rbp-0x3c],xmm0
0x266d1c755d8c    8c  49ba3333b33f3333b33f REX.W movq r10,0x3fb333333fb33333
0x266d1c755d96    96  c4c1f96ec2           vmovq xmm0,r10
0x266d1c755d9b    9b  c5f96cc0             vpunpcklqdq xmm0,xmm0,xmm0
0x266d1c755d9f    9f  c5fa114dd8           vmovss [rbp-0x28],xmm1
0x266d1c755da4    a4  49ba0000c03f0000c03f REX.W movq r10,0x3fc000003fc00000
0x266d1c755dae    ae  c4c1f96eca           vmovq xmm1,r10
0x266d1c755db3    b3  c5f16cc9             vpunpcklqdq xmm1,xmm1,xmm1
0x266d1c755db7    b7  c5fa1155d4           vmovss [rbp-0x2c],xmm2
0x266d1c755dbc    bc  49bacdcccc3fcdcccc3f REX.W movq r10,0x3fcccccd3fcccccd
0x266d1c755dc6    c6  c4c1f96ed2           vmovq xmm2,r10
0x266d1c755dcb    cb  c5e96cd2             vpunpcklqdq xmm2,xmm2,xmm2
0x266d1c755dcf    cf  c5fa7f5db4           vmovdqu [rbp-0x4c],xmm3
0x266d1c755dd4    d4  49ba9a99d93f9a99d93f REX.W movq r10,0x3fd9999a3fd9999a
0x266d1c755dde    de  c4c1f96eda           vmovq xmm3,r10
0x266d1c755de3    e3  c5e16cdb             vpunpcklqdq xmm3,xmm3,xmm3
0x266d1c755de7    e7  c5fa7f65a4           vmovdqu [rbp-0x5c],xmm4
0x266d1c755dec    ec  49ba6666e63f6666e63f REX.W movq r10,0x3fe666663fe66666
0x266d1c755df6    f6  c4c1f96ee2           vmovq xmm4,r10
0x266d1c755dfb    fb  c5d96ce4             vpunpcklqdq xmm4,xmm4,xmm4
0x266d1c755dff    ff  c5fa7f6d94           vmovdqu [rbp-0x6c],xmm5
0x266d1c755e04   104  49ba3333f33f3333f33f REX.W movq r10,0x3ff333333ff33333
0x266d1c755e0e   10e  c4c1f96eea           vmovq xmm5,r10
0x266d1c755e13   113  c5d16ced             vpunpcklqdq xmm5,xmm5,xmm5
0x266d1c755e17   117  c5fa7f7584           vmovdqu [rbp-0x7c],xmm6
0x266d1c755e1c   11c  49ba0000004000000040 REX.W movq r10,0x4000000040000000
0x266d1c755e26   126  c4c1f96ef2           vmovq xmm6,r10
0x266d1c755e2b   12b  c5c96cf6             vpunpcklqdq xmm6,xmm6,xmm6
0x266d1c755e2f   12f  c5fa7fbd74ffffff     vmovdqu [rbp-0x8c],xmm7
0x266d1c755e37   137  49ba6666064066660640 REX.W movq r10,0x4006666640066666
0x266d1c755e41   141  c4c1f96efa           vmovq xmm7,r10
0x266d1c755e46   146  c5c16cff             vpunpcklqdq xmm7,xmm7,xmm7
0x266d1c755e4a   14a  8945dc               movl [rbp-0x24],rax
0x266d1c755e4d   14d  c5fa7f8564ffffff     vmovdqu [rbp-0x9c],xmm0
0x266d1c755e55   155  c5fa7f8d54ffffff     vmovdqu [rbp-0xac],xmm1
0x266d1c755e5d   15d  c5fa7f9544ffffff     vmovdqu [rbp-0xbc],xmm2
0x266d1c755e65   165  c5fa7f9d34ffffff     vmovdqu [rbp-0xcc],xmm3
0x266d1c755e6d   16d  c5fa7fa524ffffff     vmovdqu [rbp-0xdc],xmm4
0x266d1c755e75   175  c5fa7fad14ffffff     vmovdqu [rbp-0xec],xmm5
0x266d1c755e7d   17d  c5fa7fb504ffffff     vmovdqu [rbp-0xfc],xmm6
0x266d1c755e85   185  c5fa7fbdf4feffff     vmovdqu [rbp-0x10c],xmm7
0x266d1c755e8d   18d  8b45dc               movl rax,[rbp-0x24]
0x266d1c755e90   190  8b8df0feffff         movl rcx,[rbp-0x110]
0x266d1c755e96   196  3bc1                 cmpl rax,rcx
0x266d1c755e98   198  0f8eb3010000         jle 0x266d1c756051  <+0x351>
0x266d1c755e9e   19e  c5fa6f45a4           vmovdqu xmm0,[rbp-0x5c]
0x266d1c755ea3   1a3  c5fa6f4dc4           vmovdqu xmm1,[rbp-0x3c]
0x266d1c755ea8   1a8  c5f859c1             vmulps xmm0,xmm0,xmm1
0x266d1c755eac   1ac  c5fa6f4db4           vmovdqu xmm1,[rbp-0x4c]
0x266d1c755eb1   1b1  c5f858c1             vaddps xmm0,xmm0,xmm1
0x266d1c755eb5   1b5  c5fa6f4d94           vmovdqu xmm1,[rbp-0x6c]
0x266d1c755eba   1ba  c5fa6f55c4           vmovdqu xmm2,[rbp-0x3c]
0x266d1c755ebf   1bf  c5f059ca             vmulps xmm1,xmm1,xmm2
0x266d1c755ec3   1c3  c5fa6f55b4           vmovdqu xmm2,[rbp-0x4c]
0x266d1c755ec8   1c8  c5f058ca             vaddps xmm1,xmm1,xmm2
0x266d1c755ecc   1cc  c5fa6f5584           vmovdqu xmm2,[rbp-0x7c]
0x266d1c755ed1   1d1  c5fa6f5dc4           vmovdqu xmm3,[rbp-0x3c]
0x266d1c755ed6   1d6  c5e859d3             vmulps xmm2,xmm2,xmm3
0x266d1c755eda   1da  c5fa6f5db4           vmovdqu xmm3,[rbp-0x4c]
0x266d1c755edf   1df  c5e858d3             vaddps xmm2,xmm2,xmm3
0x266d1c755ee3   1e3  c5fa6f9d74ffffff     vmovdqu xmm3,[rbp-0x8c]
0x266d1c755eeb   1eb  c5fa6f65c4           vmovdqu xmm4,[rbp-0x3c]
0x266d1c755ef0   1f0  c5e059dc             vmulps xmm3,xmm3,xmm4
0x266d1c755ef4   1f4  c5fa6f65b4           vmovdqu xmm4,[rbp-0x4c]
0x266d1c755ef9   1f9  c5e058dc             vaddps xmm3,xmm3,xmm4
0x266d1c755efd   1fd  c5fa6fa564ffffff     vmovdqu xmm4,[rbp-0x9c]
0x266d1c755f05   205  c5fa6f6dc4           vmovdqu xmm5,[rbp-0x3c]
0x266d1c755f0a   20a  c5d859e5             vmulps xmm4,xmm4,xmm5
0x266d1c755f0e   20e  c5fa6f6db4           vmovdqu xmm5,[rbp-0x4c]
0x266d1c755f13   213  c5d858e5             vaddps xmm4,xmm4,xmm5
0x266d1c755f17   217  c5fa6fad54ffffff     vmovdqu xmm5,[rbp-0xac]
0x266d1c755f1f   21f  c5fa6f75c4           vmovdqu xmm6,[rbp-0x3c]
0x266d1c755f24   224  c5d059ee             vmulps xmm5,xmm5,xmm6
0x266d1c755f28   228  c5fa6f75b4           vmovdqu xmm6,[rbp-0x4c]
0x266d1c755f2d   22d  c5d058ee             vaddps xmm5,xmm5,xmm6
0x266d1c755f31   231  c5fa6fb544ffffff     vmovdqu xmm6,[rbp-0xbc]
0x266d1c755f39   239  c5fa6f7dc4           vmovdqu xmm7,[rbp-0x3c]
0x266d1c755f3e   23e  c5c859f7             vmulps xmm6,xmm6,xmm7
0x266d1c755f42   242  c5fa6f7db4           vmovdqu xmm7,[rbp-0x4c]
0x266d1c755f47   247  c5c858f7             vaddps xmm6,xmm6,xmm7
0x266d1c755f4b   24b  c5fa6fbd34ffffff     vmovdqu xmm7,[rbp-0xcc]
0x266d1c755f53   253  c5fa7f45a4           vmovdqu [rbp-0x5c],xmm0
0x266d1c755f58   258  c5fa6f45c4           vmovdqu xmm0,[rbp-0x3c]
0x266d1c755f5d   25d  c5c059f8             vmulps xmm7,xmm7,xmm0
0x266d1c755f61   261  c5fa6f45b4           vmovdqu xmm0,[rbp-0x4c]
0x266d1c755f66   266  c5c058f8             vaddps xmm7,xmm7,xmm0
0x266d1c755f6a   26a  c5fa6f8524ffffff     vmovdqu xmm0,[rbp-0xdc]
0x266d1c755f72   272  c5fa7f4d94           vmovdqu [rbp-0x6c],xmm1
0x266d1c755f77   277  c5fa6f4dc4           vmovdqu xmm1,[rbp-0x3c]
0x266d1c755f7c   27c  c5f859c1             vmulps xmm0,xmm0,xmm1
0x266d1c755f80   280  c5fa6f4db4           vmovdqu xmm1,[rbp-0x4c]
0x266d1c755f85   285  c5f858c1             vaddps xmm0,xmm0,xmm1
0x266d1c755f89   289  c5fa6f8d14ffffff     vmovdqu xmm1,[rbp-0xec]
0x266d1c755f91   291  c5fa7f5584           vmovdqu [rbp-0x7c],xmm2
0x266d1c755f96   296  c5fa6f55c4           vmovdqu xmm2,[rbp-0x3c]
0x266d1c755f9b   29b  c5f059ca             vmulps xmm1,xmm1,xmm2
0x266d1c755f9f   29f  c5fa6f55b4           vmovdqu xmm2,[rbp-0x4c]
0x266d1c755fa4   2a4  c5f058ca             vaddps xmm1,xmm1,xmm2
0x266d1c755fa8   2a8  c5fa6f9504ffffff     vmovdqu xmm2,[rbp-0xfc]
0x266d1c755fb0   2b0  c5fa7f9d74ffffff     vmovdqu [rbp-0x8c],xmm3
0x266d1c755fb8   2b8  c5fa6f5dc4           vmovdqu xmm3,[rbp-0x3c]
0x266d1c755fbd   2bd  c5e859d3             vmulps xmm2,xmm2,xmm3
0x266d1c755fc1   2c1  c5fa6f5db4           vmovdqu xmm3,[rbp-0x4c]
0x266d1c755fc6   2c6  c5e858d3             vaddps xmm2,xmm2,xmm3
0x266d1c755fca   2ca  c5fa6f9df4feffff     vmovdqu xmm3,[rbp-0x10c]
0x266d1c755fd2   2d2  c5fa7fa564ffffff     vmovdqu [rbp-0x9c],xmm4
0x266d1c755fda   2da  c5fa6f65c4           vmovdqu xmm4,[rbp-0x3c]
0x266d1c755fdf   2df  c5e059dc             vmulps xmm3,xmm3,xmm4
0x266d1c755fe3   2e3  c5fa6f65b4           vmovdqu xmm4,[rbp-0x4c]
0x266d1c755fe8   2e8  c5e058dc             vaddps xmm3,xmm3,xmm4
0x266d1c755fec   2ec  8b85f0feffff         movl rax,[rbp-0x110]
0x266d1c755ff2   2f2  83c001               addl rax,0x1
0x266d1c755ff5   2f5  488b8eaf000000       REX.W movq rcx,[rsi+0xaf]
0x266d1c755ffc   2fc  8b5108               movl rdx,[rcx+0x8]
0x266d1c755fff   2ff  81ea69010000         subl rdx,0x169
0x266d1c756005   305  0f8819010000         js 0x266d1c756124  <+0x424>
0x266d1c75600b   30b  895108               movl [rcx+0x8],rdx
0x266d1c75600e   30e  c5fa7fad54ffffff     vmovdqu [rbp-0xac],xmm5
0x266d1c756016   316  c5fa7fb544ffffff     vmovdqu [rbp-0xbc],xmm6
0x266d1c75601e   31e  c5fa7fbd34ffffff     vmovdqu [rbp-0xcc],xmm7
0x266d1c756026   326  c5fa7f8524ffffff     vmovdqu [rbp-0xdc],xmm0
0x266d1c75602e   32e  c5fa7f8d14ffffff     vmovdqu [rbp-0xec],xmm1
0x266d1c756036   336  c5fa7f9504ffffff     vmovdqu [rbp-0xfc],xmm2
0x266d1c75603e   33e  c5fa7f9df4feffff     vmovdqu [rbp-0x10c],xmm3
0x266d1c756046   346  8985f0feffff         movl [rbp-0x110],rax
0x266d1c75604c   34c  e93cfeffff           jmp 0x266d1c755e8d  <+0x18d>
0x266d1c756051   351  c5fa6f45a4           vmovdqu xmm0,[rbp-0x5c]
0x266d1c756056   356  c5fa6f4d94           vmovdqu xmm1,[rbp-0x6c]
0x266d1c75605b   35b  c5f858c1             vaddps xmm0,xmm0,xmm1
0x266d1c75605f   35f  c5fa6f4d84           vmovdqu xmm1,[rbp-0x7c]
0x266d1c756064   364  c5fa6f9574ffffff     vmovdqu xmm2,[rbp-0x8c]
0x266d1c75606c   36c  c5f058ca             vaddps xmm1,xmm1,xmm2
0x266d1c756070   370  c5f858c1             vaddps xmm0,xmm0,xmm1
0x266d1c756074   374  c5fa6f8d64ffffff     vmovdqu xmm1,[rbp-0x9c]
0x266d1c75607c   37c  c5fa6f9554ffffff     vmovdqu xmm2,[rbp-0xac]
0x266d1c756084   384  c5f058ca             vaddps xmm1,xmm1,xmm2
0x266d1c756088   388  c5fa6f9544ffffff     vmovdqu xmm2,[rbp-0xbc]
0x266d1c756090   390  c5fa6f9d34ffffff     vmovdqu xmm3,[rbp-0xcc]
0x266d1c756098   398  c5e858d3             vaddps xmm2,xmm2,xmm3
0x266d1c75609c   39c  c5f058ca             vaddps xmm1,xmm1,xmm2
0x266d1c7560a0   3a0  c5f858c1             vaddps xmm0,xmm0,xmm1
0x266d1c7560a4   3a4  c5fa6f8d24ffffff     vmovdqu xmm1,[rbp-0xdc]
0x266d1c7560ac   3ac  c5fa6f9514ffffff     vmovdqu xmm2,[rbp-0xec]
0x266d1c7560b4   3b4  c5f058ca             vaddps xmm1,xmm1,xmm2
0x266d1c7560b8   3b8  c5fa6f9504ffffff     vmovdqu xmm2,[rbp-0xfc]
0x266d1c7560c0   3c0  c5fa6f9df4feffff     vmovdqu xmm3,[rbp-0x10c]
0x266d1c7560c8   3c8  c5e858d3             vaddps xmm2,xmm2,xmm3
0x266d1c7560cc   3cc  c5f058ca             vaddps xmm1,xmm1,xmm2
0x266d1c7560d0   3d0  c5f858c1             vaddps xmm0,xmm0,xmm1
0x266d1c7560d4   3d4  488b86af000000       REX.W movq rax,[rsi+0xaf]
0x266d1c7560db   3db  8b4808               movl rcx,[rax+0x8]
0x266d1c7560de   3de  81e9d4030000         subl rcx,0x3d4
0x266d1c7560e4   3e4  0f88a4000000         js 0x266d1c75618e  <+0x48e>
0x266d1c7560ea   3ea  894808               movl [rax+0x8],rcx
0x266d1c7560ed   3ed  c5f210c8             vmovss xmm1,xmm1,xmm0
0x266d1c7560f1   3f1  488be5               REX.W movq rsp,rbp
0x266d1c7560f4   3f4  5d                   pop rbp
0x266d1c7560f5   3f5  c3                   retl
0x266d1c7560f6   3f6  50                   push rax
0x266d1c7560f7   3f7  4883ec20             REX.W subq rsp,0x20
0x266d1c7560fb   3fb  c5fa7f0c24           vmovdqu [rsp],xmm1
0x266d1c756100   400  c5fa7f542410         vmovdqu [rsp+0x10],xmm2
0x266d1c756106   406  e8c5f1ffff           call 0x266d1c7552d0  (jump table)
0x266d1c75610b   40b  c5fa6f0c24           vmovdqu xmm1,[rsp]
0x266d1c756110   410  c5fa6f542410         vmovdqu xmm2,[rsp+0x10]
0x266d1c756116   416  4883c420             REX.W addq rsp,0x20
0x266d1c75611a   41a  58                   pop rax
0x266d1c75611b   41b  488b75f0             REX.W movq rsi,[rbp-0x10]
0x266d1c75611f   41f  e90dfcffff           jmp 0x266d1c755d31  <+0x31>
0x266d1c756124   424  50                   push rax
0x266d1c756125   425  4883ec70             REX.W subq rsp,0x70
0x266d1c756129   429  c5fa7f0424           vmovdqu [rsp],xmm0
0x266d1c75612e   42e  c5fa7f4c2410         vmovdqu [rsp+0x10],xmm1
0x266d1c756134   434  c5fa7f542420         vmovdqu [rsp+0x20],xmm2
0x266d1c75613a   43a  c5fa7f5c2430         vmovdqu [rsp+0x30],xmm3
0x266d1c756140   440  c5fa7f6c2440         vmovdqu [rsp+0x40],xmm5
0x266d1c756146   446  c5fa7f742450         vmovdqu [rsp+0x50],xmm6
0x266d1c75614c   44c  c5fa7f7c2460         vmovdqu [rsp+0x60],xmm7
0x266d1c756152   452  e809f0ffff           call 0x266d1c755160  (jump table)
0x266d1c756157   457  c5fa6f0424           vmovdqu xmm0,[rsp]
0x266d1c75615c   45c  c5fa6f4c2410         vmovdqu xmm1,[rsp+0x10]
0x266d1c756162   462  c5fa6f542420         vmovdqu xmm2,[rsp+0x20]
0x266d1c756168   468  c5fa6f5c2430         vmovdqu xmm3,[rsp+0x30]
0x266d1c75616e   46e  c5fa6f6c2440         vmovdqu xmm5,[rsp+0x40]
0x266d1c756174   474  c5fa6f742450         vmovdqu xmm6,[rsp+0x50]
0x266d1c75617a   47a  c5fa6f7c2460         vmovdqu xmm7,[rsp+0x60]
0x266d1c756180   480  4883c470             REX.W addq rsp,0x70
0x266d1c756184   484  58                   pop rax
0x266d1c756185   485  488b75f0             REX.W movq rsi,[rbp-0x10]
0x266d1c756189   489  e980feffff           jmp 0x266d1c75600e  <+0x30e>
0x266d1c75618e   48e  4883ec10             REX.W subq rsp,0x10
0x266d1c756192   492  c5fa7f0424           vmovdqu [rsp],xmm0
0x266d1c756197   497  e8c4efffff           call 0x266d1c755160  (jump table)
0x266d1c75619c   49c  c5fa6f0424           vmovdqu xmm0,[rsp]
0x266d1c7561a1   4a1  4883c410             REX.W addq rsp,0x10
0x266d1c7561a5   4a5  488b75f0             REX.W movq rsi,[rbp-0x10]
0x266d1c7561a9   4a9  e93fffffff           jmp 0x266d1c7560ed  <+0x3ed>
0x266d1c7561ae   4ae  6690                 nop

Source positions:
 pc offset  position
       406         0  statement
       452       441  statement
       497       505  statement

Safepoints (entries = 1, byte size = 15)
0x266d1c75610b    40b  slots (sp->fp): 0000000000000000000000000000000000000000

RelocInfo (size = 0)

--- End code ---
--- WebAssembly code ---
name: wasm-function[2]
index: 2
kind: wasm function
compiler: TurboFan
Body (size = 768 = 764 + 4 padding)
Instructions (size = 748)
0x266d1c7561c0     0  55                   push rbp
0x266d1c7561c1     1  4889e5               REX.W movq rbp,rsp
0x266d1c7561c4     4  6a08                 push 0x8
0x266d1c7561c6     6  56                   push rsi
0x266d1c7561c7     7  4881ece8000000       REX.W subq rsp,0xe8
0x266d1c7561ce     e  49bacdcc8c3fcdcc8c3f REX.W movq r10,0x3f8ccccd3f8ccccd
0x266d1c7561d8    18  c4c1f96ec2           vmovq xmm0,r10
0x266d1c7561dd    1d  c5f96cc0             vpunpcklqdq xmm0,xmm0,xmm0
0x266d1c7561e1    21  49ba0000803f0000803f REX.W movq r10,0x3f8000003f800000
0x266d1c7561eb    2b  c4c1f96eda           vmovq xmm3,r10
0x266d1c7561f0    30  c5e16cdb             vpunpcklqdq xmm3,xmm3,xmm3
0x266d1c7561f4    34  49ba6666a63f6666a63f REX.W movq r10,0x3fa666663fa66666
0x266d1c7561fe    3e  c4c1f96ee2           vmovq xmm4,r10
0x266d1c756203    43  c5d96ce4             vpunpcklqdq xmm4,xmm4,xmm4
0x266d1c756207    47  49ba9a99993f9a99993f REX.W movq r10,0x3f99999a3f99999a
0x266d1c756211    51  c4c1f96eea           vmovq xmm5,r10
0x266d1c756216    56  c5d16ced             vpunpcklqdq xmm5,xmm5,xmm5
0x266d1c75621a    5a  49ba0000c03f0000c03f REX.W movq r10,0x3fc000003fc00000
0x266d1c756224    64  c4c1f96ef2           vmovq xmm6,r10
0x266d1c756229    69  c5c96cf6             vpunpcklqdq xmm6,xmm6,xmm6
0x266d1c75622d    6d  49ba3333b33f3333b33f REX.W movq r10,0x3fb333333fb33333
0x266d1c756237    77  c4c1f96efa           vmovq xmm7,r10
0x266d1c75623c    7c  c5c16cff             vpunpcklqdq xmm7,xmm7,xmm7
0x266d1c756240    80  49ba9a99d93f9a99d93f REX.W movq r10,0x3fd9999a3fd9999a
0x266d1c75624a    8a  c441f96ec2           vmovq xmm8,r10
0x266d1c75624f    8f  c441396cc0           vpunpcklqdq xmm8,xmm8,xmm8
0x266d1c756254    94  49bacdcccc3fcdcccc3f REX.W movq r10,0x3fcccccd3fcccccd
0x266d1c75625e    9e  c441f96eca           vmovq xmm9,r10
0x266d1c756263    a3  c441316cc9           vpunpcklqdq xmm9,xmm9,xmm9
0x266d1c756268    a8  49ba3333f33f3333f33f REX.W movq r10,0x3ff333333ff33333
0x266d1c756272    b2  c441f96ed2           vmovq xmm10,r10
0x266d1c756277    b7  c441296cd2           vpunpcklqdq xmm10,xmm10,xmm10
0x266d1c75627c    bc  49ba6666e63f6666e63f REX.W movq r10,0x3fe666663fe66666
0x266d1c756286    c6  c441f96eda           vmovq xmm11,r10
0x266d1c75628b    cb  c441216cdb           vpunpcklqdq xmm11,xmm11,xmm11
0x266d1c756290    d0  49ba6666064066660640 REX.W movq r10,0x4006666640066666
0x266d1c75629a    da  c441f96ee2           vmovq xmm12,r10
0x266d1c75629f    df  c441196ce4           vpunpcklqdq xmm12,xmm12,xmm12
0x266d1c7562a4    e4  49ba0000004000000040 REX.W movq r10,0x4000000040000000
0x266d1c7562ae    ee  c441f96eea           vmovq xmm13,r10
0x266d1c7562b3    f3  c441116ced           vpunpcklqdq xmm13,xmm13,xmm13
0x266d1c7562b8    f8  488b5e4f             REX.W movq rbx,[rsi+0x4f]
0x266d1c7562bc    fc  c5fb118d18ffffff     vmovsd [rbp-0xe8],xmm1
0x266d1c7562c4   104  33d2                 xorl rdx,rdx
0x266d1c7562c6   106  e9b6000000           jmp 0x266d1c756381  <+0x1c1>
0x266d1c7562cb   10b  660f1f840000000000   nop
0x266d1c7562d4   114  660f1f840000000000   nop
0x266d1c7562dd   11d  660f1f840000000000   nop
0x266d1c7562e6   126  660f1f840000000000   nop
0x266d1c7562ef   12f  660f1f840000000000   nop
0x266d1c7562f8   138  0f1f840000000000     nop
0x266d1c756300   140  c4627918f1           vbroadcastss xmm14,xmm1
0x266d1c756305   145  c4e27918ca           vbroadcastss xmm1,xmm2
0x266d1c75630a   14a  c4c17859c6           vmulps xmm0,xmm0,xmm14
0x266d1c75630f   14f  c5f858c1             vaddps xmm0,xmm0,xmm1
0x266d1c756313   153  c4c16059de           vmulps xmm3,xmm3,xmm14
0x266d1c756318   158  c5e058d9             vaddps xmm3,xmm3,xmm1
0x266d1c75631c   15c  c4c15859e6           vmulps xmm4,xmm4,xmm14
0x266d1c756321   161  c5d858e1             vaddps xmm4,xmm4,xmm1
0x266d1c756325   165  c4c15059ee           vmulps xmm5,xmm5,xmm14
0x266d1c75632a   16a  c5d058e9             vaddps xmm5,xmm5,xmm1
0x266d1c75632e   16e  c4c14859f6           vmulps xmm6,xmm6,xmm14
0x266d1c756333   173  c5c858f1             vaddps xmm6,xmm6,xmm1
0x266d1c756337   177  c4c14059fe           vmulps xmm7,xmm7,xmm14
0x266d1c75633c   17c  c5c058f9             vaddps xmm7,xmm7,xmm1
0x266d1c756340   180  c4413859c6           vmulps xmm8,xmm8,xmm14
0x266d1c756345   185  c53858c1             vaddps xmm8,xmm8,xmm1
0x266d1c756349   189  c4413059ce           vmulps xmm9,xmm9,xmm14
0x266d1c75634e   18e  c53058c9             vaddps xmm9,xmm9,xmm1
0x266d1c756352   192  c4412859d6           vmulps xmm10,xmm10,xmm14
0x266d1c756357   197  c52858d1             vaddps xmm10,xmm10,xmm1
0x266d1c75635b   19b  c4412059de           vmulps xmm11,xmm11,xmm14
0x266d1c756360   1a0  c52058d9             vaddps xmm11,xmm11,xmm1
0x266d1c756364   1a4  c4411859e6           vmulps xmm12,xmm12,xmm14
0x266d1c756369   1a9  c51858e1             vaddps xmm12,xmm12,xmm1
0x266d1c75636d   1ad  c4411059ee           vmulps xmm13,xmm13,xmm14
0x266d1c756372   1b2  c51058e9             vaddps xmm13,xmm13,xmm1
0x266d1c756376   1b6  83c201               addl rdx,0x1
0x266d1c756379   1b9  c5fb108d18ffffff     vmovsd xmm1,[rbp-0xe8]
0x266d1c756381   1c1  483b23               REX.W cmpq rsp,[rbx]
0x266d1c756384   1c4  0f8640000000         jna 0x266d1c7563ca  <+0x20a>
0x266d1c75638a   1ca  3bd0                 cmpl rdx,rax
0x266d1c75638c   1cc  0f8c6effffff         jl 0x266d1c756300  <+0x140>
0x266d1c756392   1d2  c4c13058d0           vaddps xmm2,xmm9,xmm8
0x266d1c756397   1d7  c5c058f6             vaddps xmm6,xmm7,xmm6
0x266d1c75639b   1db  c5d058e4             vaddps xmm4,xmm5,xmm4
0x266d1c75639f   1df  c5e058c0             vaddps xmm0,xmm3,xmm0
0x266d1c7563a3   1e3  c4c11058dc           vaddps xmm3,xmm13,xmm12
0x266d1c7563a8   1e8  c4c12058ea           vaddps xmm5,xmm11,xmm10
0x266d1c7563ad   1ed  c5c858d2             vaddps xmm2,xmm6,xmm2
0x266d1c7563b1   1f1  c5f858c4             vaddps xmm0,xmm0,xmm4
0x266d1c7563b5   1f5  c5d058db             vaddps xmm3,xmm5,xmm3
0x266d1c7563b9   1f9  c5f858c2             vaddps xmm0,xmm0,xmm2
0x266d1c7563bd   1fd  c5f858c3             vaddps xmm0,xmm0,xmm3
0x266d1c7563c1   201  c5f828c8             vmovaps xmm1,xmm0
0x266d1c7563c5   205  488be5               REX.W movq rsp,rbp
0x266d1c7563c8   208  5d                   pop rbp
0x266d1c7563c9   209  c3                   retl
0x266d1c7563ca   20a  c5781155e0           vmovups [rbp-0x20],xmm10
0x266d1c7563cf   20f  c578115dd0           vmovups [rbp-0x30],xmm11
0x266d1c7563d4   214  c5781165c0           vmovups [rbp-0x40],xmm12
0x266d1c7563d9   219  c578116db0           vmovups [rbp-0x50],xmm13
0x266d1c7563de   21e  c5f81145a0           vmovups [rbp-0x60],xmm0
0x266d1c7563e3   223  c5f8115d90           vmovups [rbp-0x70],xmm3
0x266d1c7563e8   228  c5f8116580           vmovups [rbp-0x80],xmm4
0x266d1c7563ed   22d  c5f811ad70ffffff     vmovups [rbp-0x90],xmm5
0x266d1c7563f5   235  c5f811b560ffffff     vmovups [rbp-0xa0],xmm6
0x266d1c7563fd   23d  c5f811bd50ffffff     vmovups [rbp-0xb0],xmm7
0x266d1c756405   245  c578118540ffffff     vmovups [rbp-0xc0],xmm8
0x266d1c75640d   24d  c578118d30ffffff     vmovups [rbp-0xd0],xmm9
0x266d1c756415   255  48899528ffffff       REX.W movq [rbp-0xd8],rdx
0x266d1c75641c   25c  c5fb119520ffffff     vmovsd [rbp-0xe0],xmm2
0x266d1c756424   264  48898510ffffff       REX.W movq [rbp-0xf0],rax
0x266d1c75642b   26b  48899d08ffffff       REX.W movq [rbp-0xf8],rbx
0x266d1c756432   272  e899eeffff           call 0x266d1c7552d0  (jump table)
0x266d1c756437   277  c5781055e0           vmovups xmm10,[rbp-0x20]
0x266d1c75643c   27c  c578105dd0           vmovups xmm11,[rbp-0x30]
0x266d1c756441   281  c5781065c0           vmovups xmm12,[rbp-0x40]
0x266d1c756446   286  c578106db0           vmovups xmm13,[rbp-0x50]
0x266d1c75644b   28b  c5f81045a0           vmovups xmm0,[rbp-0x60]
0x266d1c756450   290  c5f8105d90           vmovups xmm3,[rbp-0x70]
0x266d1c756455   295  c5f8106580           vmovups xmm4,[rbp-0x80]
0x266d1c75645a   29a  c5f810ad70ffffff     vmovups xmm5,[rbp-0x90]
0x266d1c756462   2a2  c5f810b560ffffff     vmovups xmm6,[rbp-0xa0]
0x266d1c75646a   2aa  c5f810bd50ffffff     vmovups xmm7,[rbp-0xb0]
0x266d1c756472   2b2  c578108540ffffff     vmovups xmm8,[rbp-0xc0]
0x266d1c75647a   2ba  c578108d30ffffff     vmovups xmm9,[rbp-0xd0]
0x266d1c756482   2c2  8b9528ffffff         movl rdx,[rbp-0xd8]
0x266d1c756488   2c8  c5fb109520ffffff     vmovsd xmm2,[rbp-0xe0]
0x266d1c756490   2d0  c5fb108d18ffffff     vmovsd xmm1,[rbp-0xe8]
0x266d1c756498   2d8  8b8510ffffff         movl rax,[rbp-0xf0]
0x266d1c75649e   2de  488b9d08ffffff       REX.W movq rbx,[rbp-0xf8]
0x266d1c7564a5   2e5  e9e0feffff           jmp 0x266d1c75638a  <+0x1ca>
0x266d1c7564aa   2ea  90                   nop
0x266d1c7564ab   2eb  90                   nop

Source positions:
 pc offset  position
       20a       257

Safepoints (entries = 1, byte size = 15)
0x266d1c756437    277  slots (sp->fp): 0000000000000000000000000000000000000000

RelocInfo (size = 3)
0x266d1c756433  wasm stub call  (0x266d1c7552d0)

--- End code ---
--- WebAssembly code ---
name: wasm-function[0]
index: 0
kind: wasm function
compiler: Liftoff
Body (size = 1152 = 1104 + 48 padding)
Instructions (size = 1088)
0x266d1c7564c0     0  55                   push rbp
0x266d1c7564c1     1  4889e5               REX.W movq rbp,rsp
0x266d1c7564c4     4  6a08                 push 0x8
0x266d1c7564c6     6  56                   push rsi
0x266d1c7564c7     7  4881ec00010000       REX.W subq rsp,0x100
0x266d1c7564ce     e  50                   push rax
0x266d1c7564cf     f  51                   push rcx
0x266d1c7564d0    10  57                   push rdi
0x266d1c7564d1    11  488dbdf0feffff       REX.W leaq rdi,[rbp-0x110]
0x266d1c7564d8    18  33c0                 xorl rax,rax
0x266d1c7564da    1a  b939000000           movl rcx,0x39
0x266d1c7564df    1f  f3ab                 rep stosl
0x266d1c7564e1    21  5f                   pop rdi
0x266d1c7564e2    22  59                   pop rcx
0x266d1c7564e3    23  58                   pop rax
0x266d1c7564e4    24  488b4e4f             REX.W movq rcx,[rsi+0x4f]
0x266d1c7564e8    28  483b21               REX.W cmpq rsp,[rcx]
0x266d1c7564eb    2b  0f8655030000         jna 0x266d1c756846  <+0x386>
0x266d1c7564f1    31  c4e27918c1           vbroadcastss xmm0,xmm1
0x266d1c7564f6    36  c4e27918da           vbroadcastss xmm3,xmm2
0x266d1c7564fb    3b  49ba0000803f0000803f REX.W movq r10,0x3f8000003f800000
0x266d1c756505    45  c4c1f96ee2           vmovq xmm4,r10
0x266d1c75650a    4a  c5d96ce4             vpunpcklqdq xmm4,xmm4,xmm4
0x266d1c75650e    4e  49bacdcc8c3fcdcc8c3f REX.W movq r10,0x3f8ccccd3f8ccccd
0x266d1c756518    58  c4c1f96eea           vmovq xmm5,r10
0x266d1c75651d    5d  c5d16ced             vpunpcklqdq xmm5,xmm5,xmm5
0x266d1c756521    61  49ba9a99993f9a99993f REX.W movq r10,0x3f99999a3f99999a
0x266d1c75652b    6b  c4c1f96ef2           vmovq xmm6,r10
0x266d1c756530    70  c5c96cf6             vpunpcklqdq xmm6,xmm6,xmm6
0x266d1c756534    74  49ba6666a63f6666a63f REX.W movq r10,0x3fa666663fa66666
0x266d1c75653e    7e  c4c1f96efa           vmovq xmm7,r10
0x266d1c756543    83  c5c16cff             vpunpcklqdq xmm7,xmm7,xmm7
0x266d1c756547    87  c5fa7f45c4           vmovdqu [rbp-0x3c],xmm0
0x266d1c75654c    8c  49ba3333b33f3333b33f REX.W movq r10,0x3fb333333fb33333
0x266d1c756556    96  c4c1f96ec2           vmovq xmm0,r10
0x266d1c75655b    9b  c5f96cc0             vpunpcklqdq xmm0,xmm0,xmm0
0x266d1c75655f    9f  c5fa114dd8           vmovss [rbp-0x28],xmm1
0x266d1c756564    a4  49ba0000c03f0000c03f REX.W movq r10,0x3fc000003fc00000
0x266d1c75656e    ae  c4c1f96eca           vmovq xmm1,r10
0x266d1c756573    b3  c5f16cc9             vpunpcklqdq xmm1,xmm1,xmm1
0x266d1c756577    b7  c5fa1155d4           vmovss [rbp-0x2c],xmm2
0x266d1c75657c    bc  49bacdcccc3fcdcccc3f REX.W movq r10,0x3fcccccd3fcccccd
0x266d1c756586    c6  c4c1f96ed2           vmovq xmm2,r10
0x266d1c75658b    cb  c5e96cd2             vpunpcklqdq xmm2,xmm2,xmm2
0x266d1c75658f    cf  c5fa7f5db4           vmovdqu [rbp-0x4c],xmm3
0x266d1c756594    d4  49ba9a99d93f9a99d93f REX.W movq r10,0x3fd9999a3fd9999a
0x266d1c75659e    de  c4c1f96eda           vmovq xmm3,r10
0x266d1c7565a3    e3  c5e16cdb             vpunpcklqdq xmm3,xmm3,xmm3
0x266d1c7565a7    e7  c5fa7f65a4           vmovdqu [rbp-0x5c],xmm4
0x266d1c7565ac    ec  49ba6666e63f6666e63f REX.W movq r10,0x3fe666663fe66666
0x266d1c7565b6    f6  c4c1f96ee2           vmovq xmm4,r10
0x266d1c7565bb    fb  c5d96ce4             vpunpcklqdq xmm4,xmm4,xmm4
0x266d1c7565bf    ff  c5fa7f6d94           vmovdqu [rbp-0x6c],xmm5
0x266d1c7565c4   104  49ba3333f33f3333f33f REX.W movq r10,0x3ff333333ff33333
0x266d1c7565ce   10e  c4c1f96eea           vmovq xmm5,r10
0x266d1c7565d3   113  c5d16ced             vpunpcklqdq xmm5,xmm5,xmm5
0x266d1c7565d7   117  c5fa7f7584           vmovdqu [rbp-0x7c],xmm6
0x266d1c7565dc   11c  49ba0000004000000040 REX.W movq r10,0x4000000040000000
0x266d1c7565e6   126  c4c1f96ef2           vmovq xmm6,r10
0x266d1c7565eb   12b  c5c96cf6             vpunpcklqdq xmm6,xmm6,xmm6
0x266d1c7565ef   12f  c5fa7fbd74ffffff     vmovdqu [rbp-0x8c],xmm7
0x266d1c7565f7   137  49ba6666064066660640 REX.W movq r10,0x4006666640066666
0x266d1c756601   141  c4c1f96efa           vmovq xmm7,r10
0x266d1c756606   146  c5c16cff             vpunpcklqdq xmm7,xmm7,xmm7
0x266d1c75660a   14a  8945dc               movl [rbp-0x24],rax
0x266d1c75660d   14d  c5fa7f8564ffffff     vmovdqu [rbp-0x9c],xmm0
0x266d1c756615   155  c5fa7f8d54ffffff     vmovdqu [rbp-0xac],xmm1
0x266d1c75661d   15d  c5fa7f9544ffffff     vmovdqu [rbp-0xbc],xmm2
0x266d1c756625   165  c5fa7f9d34ffffff     vmovdqu [rbp-0xcc],xmm3
0x266d1c75662d   16d  c5fa7fa524ffffff     vmovdqu [rbp-0xdc],xmm4
0x266d1c756635   175  c5fa7fad14ffffff     vmovdqu [rbp-0xec],xmm5
0x266d1c75663d   17d  c5fa7fb504ffffff     vmovdqu [rbp-0xfc],xmm6
0x266d1c756645   185  c5fa7fbdf4feffff     vmovdqu [rbp-0x10c],xmm7
0x266d1c75664d   18d  8b45dc               movl rax,[rbp-0x24]
0x266d1c756650   190  8b8df0feffff         movl rcx,[rbp-0x110]
0x266d1c756656   196  3bc1                 cmpl rax,rcx
0x266d1c756658   198  0f8e45010000         jle 0x266d1c7567a3  <+0x2e3>
0x266d1c75665e   19e  c5fa6f45a4           vmovdqu xmm0,[rbp-0x5c]
0x266d1c756663   1a3  c5fa6f4dc4           vmovdqu xmm1,[rbp-0x3c]
0x266d1c756668   1a8  c5f859c1             vmulps xmm0,xmm0,xmm1
0x266d1c75666c   1ac  c5fa6f8d44ffffff     vmovdqu xmm1,[rbp-0xbc]
0x266d1c756674   1b4  c5fa6f55b4           vmovdqu xmm2,[rbp-0x4c]
0x266d1c756679   1b9  c5f058ca             vaddps xmm1,xmm1,xmm2
0x266d1c75667d   1bd  c5fa6f5594           vmovdqu xmm2,[rbp-0x6c]
0x266d1c756682   1c2  c5fa6f5dc4           vmovdqu xmm3,[rbp-0x3c]
0x266d1c756687   1c7  c5e859d3             vmulps xmm2,xmm2,xmm3
0x266d1c75668b   1cb  c5fa6f9d34ffffff     vmovdqu xmm3,[rbp-0xcc]
0x266d1c756693   1d3  c5fa6f65b4           vmovdqu xmm4,[rbp-0x4c]
0x266d1c756698   1d8  c5e058dc             vaddps xmm3,xmm3,xmm4
0x266d1c75669c   1dc  c5fa6f6584           vmovdqu xmm4,[rbp-0x7c]
0x266d1c7566a1   1e1  c5fa6f6dc4           vmovdqu xmm5,[rbp-0x3c]
0x266d1c7566a6   1e6  c5d859e5             vmulps xmm4,xmm4,xmm5
0x266d1c7566aa   1ea  c5fa6fad24ffffff     vmovdqu xmm5,[rbp-0xdc]
0x266d1c7566b2   1f2  c5fa6f75b4           vmovdqu xmm6,[rbp-0x4c]
0x266d1c7566b7   1f7  c5d058ee             vaddps xmm5,xmm5,xmm6
0x266d1c7566bb   1fb  c5fa6fb574ffffff     vmovdqu xmm6,[rbp-0x8c]
0x266d1c7566c3   203  c5fa6f7dc4           vmovdqu xmm7,[rbp-0x3c]
0x266d1c7566c8   208  c5c859f7             vmulps xmm6,xmm6,xmm7
0x266d1c7566cc   20c  c5fa6fbd14ffffff     vmovdqu xmm7,[rbp-0xec]
0x266d1c7566d4   214  c5fa7f45a4           vmovdqu [rbp-0x5c],xmm0
0x266d1c7566d9   219  c5fa6f45b4           vmovdqu xmm0,[rbp-0x4c]
0x266d1c7566de   21e  c5c058f8             vaddps xmm7,xmm7,xmm0
0x266d1c7566e2   222  c5fa6f8564ffffff     vmovdqu xmm0,[rbp-0x9c]
0x266d1c7566ea   22a  c5fa7f8d44ffffff     vmovdqu [rbp-0xbc],xmm1
0x266d1c7566f2   232  c5fa6f4dc4           vmovdqu xmm1,[rbp-0x3c]
0x266d1c7566f7   237  c5f859c1             vmulps xmm0,xmm0,xmm1
0x266d1c7566fb   23b  c5fa6f8d04ffffff     vmovdqu xmm1,[rbp-0xfc]
0x266d1c756703   243  c5fa7f5594           vmovdqu [rbp-0x6c],xmm2
0x266d1c756708   248  c5fa6f55b4           vmovdqu xmm2,[rbp-0x4c]
0x266d1c75670d   24d  c5f058ca             vaddps xmm1,xmm1,xmm2
0x266d1c756711   251  c5fa6f9554ffffff     vmovdqu xmm2,[rbp-0xac]
0x266d1c756719   259  c5fa7f9d34ffffff     vmovdqu [rbp-0xcc],xmm3
0x266d1c756721   261  c5fa6f5dc4           vmovdqu xmm3,[rbp-0x3c]
0x266d1c756726   266  c5e859d3             vmulps xmm2,xmm2,xmm3
0x266d1c75672a   26a  c5fa6f9df4feffff     vmovdqu xmm3,[rbp-0x10c]
0x266d1c756732   272  c5fa7f6584           vmovdqu [rbp-0x7c],xmm4
0x266d1c756737   277  c5fa6f65b4           vmovdqu xmm4,[rbp-0x4c]
0x266d1c75673c   27c  c5e058dc             vaddps xmm3,xmm3,xmm4
0x266d1c756740   280  8b85f0feffff         movl rax,[rbp-0x110]
0x266d1c756746   286  83c001               addl rax,0x1
0x266d1c756749   289  488b8eaf000000       REX.W movq rcx,[rsi+0xaf]
0x266d1c756750   290  8b11                 movl rdx,[rcx]
0x266d1c756752   292  81eafd000000         subl rdx,0xfd
0x266d1c756758   298  0f8816010000         js 0x266d1c756874  <+0x3b4>
0x266d1c75675e   29e  8911                 movl [rcx],rdx
0x266d1c756760   2a0  c5fa7fb574ffffff     vmovdqu [rbp-0x8c],xmm6
0x266d1c756768   2a8  c5fa7f8564ffffff     vmovdqu [rbp-0x9c],xmm0
0x266d1c756770   2b0  c5fa7f9554ffffff     vmovdqu [rbp-0xac],xmm2
0x266d1c756778   2b8  c5fa7fad24ffffff     vmovdqu [rbp-0xdc],xmm5
0x266d1c756780   2c0  c5fa7fbd14ffffff     vmovdqu [rbp-0xec],xmm7
0x266d1c756788   2c8  c5fa7f8d04ffffff     vmovdqu [rbp-0xfc],xmm1
0x266d1c756790   2d0  c5fa7f9df4feffff     vmovdqu [rbp-0x10c],xmm3
0x266d1c756798   2d8  8985f0feffff         movl [rbp-0x110],rax
0x266d1c75679e   2de  e9aafeffff           jmp 0x266d1c75664d  <+0x18d>
0x266d1c7567a3   2e3  c5fa6f45a4           vmovdqu xmm0,[rbp-0x5c]
0x266d1c7567a8   2e8  c5fa6f4d94           vmovdqu xmm1,[rbp-0x6c]
0x266d1c7567ad   2ed  c5f858c1             vaddps xmm0,xmm0,xmm1
0x266d1c7567b1   2f1  c5fa6f4d84           vmovdqu xmm1,[rbp-0x7c]
0x266d1c7567b6   2f6  c5fa6f9574ffffff     vmovdqu xmm2,[rbp-0x8c]
0x266d1c7567be   2fe  c5f058ca             vaddps xmm1,xmm1,xmm2
0x266d1c7567c2   302  c5f858c1             vaddps xmm0,xmm0,xmm1
0x266d1c7567c6   306  c5fa6f8d64ffffff     vmovdqu xmm1,[rbp-0x9c]
0x266d1c7567ce   30e  c5fa6f9554ffffff     vmovdqu xmm2,[rbp-0xac]
0x266d1c7567d6   316  c5f058ca             vaddps xmm1,xmm1,xmm2
0x266d1c7567da   31a  c5fa6f9544ffffff     vmovdqu xmm2,[rbp-0xbc]
0x266d1c7567e2   322  c5fa6f9d34ffffff     vmovdqu xmm3,[rbp-0xcc]
0x266d1c7567ea   32a  c5e858d3             vaddps xmm2,xmm2,xmm3
0x266d1c7567ee   32e  c5f058ca             vaddps xmm1,xmm1,xmm2
0x266d1c7567f2   332  c5f858c1             vaddps xmm0,xmm0,xmm1
0x266d1c7567f6   336  c5fa6f8d24ffffff     vmovdqu xmm1,[rbp-0xdc]
0x266d1c7567fe   33e  c5fa6f9514ffffff     vmovdqu xmm2,[rbp-0xec]
0x266d1c756806   346  c5f058ca             vaddps xmm1,xmm1,xmm2
0x266d1c75680a   34a  c5fa6f9504ffffff     vmovdqu xmm2,[rbp-0xfc]
0x266d1c756812   352  c5fa6f9df4feffff     vmovdqu xmm3,[rbp-0x10c]
0x266d1c75681a   35a  c5e858d3             vaddps xmm2,xmm2,xmm3
0x266d1c75681e   35e  c5f058ca             vaddps xmm1,xmm1,xmm2
0x266d1c756822   362  c5f858c1             vaddps xmm0,xmm0,xmm1
0x266d1c756826   366  488b86af000000       REX.W movq rax,[rsi+0xaf]
0x266d1c75682d   36d  8b08                 movl rcx,[rax]
0x266d1c75682f   36f  81e966030000         subl rcx,0x366
0x266d1c756835   375  0f88a3000000         js 0x266d1c7568de  <+0x41e>
0x266d1c75683b   37b  8908                 movl [rax],rcx
0x266d1c75683d   37d  c5f210c8             vmovss xmm1,xmm1,xmm0
0x266d1c756841   381  488be5               REX.W movq rsp,rbp
0x266d1c756844   384  5d                   pop rbp
0x266d1c756845   385  c3                   retl
0x266d1c756846   386  50                   push rax
0x266d1c756847   387  4883ec20             REX.W subq rsp,0x20
0x266d1c75684b   38b  c5fa7f0c24           vmovdqu [rsp],xmm1
0x266d1c756850   390  c5fa7f542410         vmovdqu [rsp+0x10],xmm2
0x266d1c756856   396  e875eaffff           call 0x266d1c7552d0  (jump table)
0x266d1c75685b   39b  c5fa6f0c24           vmovdqu xmm1,[rsp]
0x266d1c756860   3a0  c5fa6f542410         vmovdqu xmm2,[rsp+0x10]
0x266d1c756866   3a6  4883c420             REX.W addq rsp,0x20
0x266d1c75686a   3aa  58                   pop rax
0x266d1c75686b   3ab  488b75f0             REX.W movq rsi,[rbp-0x10]
0x266d1c75686f   3af  e97dfcffff           jmp 0x266d1c7564f1  <+0x31>
0x266d1c756874   3b4  50                   push rax
0x266d1c756875   3b5  4883ec70             REX.W subq rsp,0x70
0x266d1c756879   3b9  c5fa7f0424           vmovdqu [rsp],xmm0
0x266d1c75687e   3be  c5fa7f4c2410         vmovdqu [rsp+0x10],xmm1
0x266d1c756884   3c4  c5fa7f542420         vmovdqu [rsp+0x20],xmm2
0x266d1c75688a   3ca  c5fa7f5c2430         vmovdqu [rsp+0x30],xmm3
0x266d1c756890   3d0  c5fa7f6c2440         vmovdqu [rsp+0x40],xmm5
0x266d1c756896   3d6  c5fa7f742450         vmovdqu [rsp+0x50],xmm6
0x266d1c75689c   3dc  c5fa7f7c2460         vmovdqu [rsp+0x60],xmm7
0x266d1c7568a2   3e2  e8b9e8ffff           call 0x266d1c755160  (jump table)
0x266d1c7568a7   3e7  c5fa6f0424           vmovdqu xmm0,[rsp]
0x266d1c7568ac   3ec  c5fa6f4c2410         vmovdqu xmm1,[rsp+0x10]
0x266d1c7568b2   3f2  c5fa6f542420         vmovdqu xmm2,[rsp+0x20]
0x266d1c7568b8   3f8  c5fa6f5c2430         vmovdqu xmm3,[rsp+0x30]
0x266d1c7568be   3fe  c5fa6f6c2440         vmovdqu xmm5,[rsp+0x40]
0x266d1c7568c4   404  c5fa6f742450         vmovdqu xmm6,[rsp+0x50]
0x266d1c7568ca   40a  c5fa6f7c2460         vmovdqu xmm7,[rsp+0x60]
0x266d1c7568d0   410  4883c470             REX.W addq rsp,0x70
0x266d1c7568d4   414  58                   pop rax
0x266d1c7568d5   415  488b75f0             REX.W movq rsi,[rbp-0x10]
0x266d1c7568d9   419  e982feffff           jmp 0x266d1c756760  <+0x2a0>
0x266d1c7568de   41e  4883ec10             REX.W subq rsp,0x10
0x266d1c7568e2   422  c5fa7f0424           vmovdqu [rsp],xmm0
0x266d1c7568e7   427  e874e8ffff           call 0x266d1c755160  (jump table)
0x266d1c7568ec   42c  c5fa6f0424           vmovdqu xmm0,[rsp]
0x266d1c7568f1   431  4883c410             REX.W addq rsp,0x10
0x266d1c7568f5   435  488b75f0             REX.W movq rsi,[rbp-0x10]
0x266d1c7568f9   439  e93fffffff           jmp 0x266d1c75683d  <+0x37d>
0x266d1c7568fe   43e  6690                 nop

Source positions:
 pc offset  position
       396         0  statement
       3e2       381  statement
       427       445  statement

Safepoints (entries = 1, byte size = 15)
0x266d1c75685b    39b  slots (sp->fp): 0000000000000000000000000000000000000000

RelocInfo (size = 0)

--- End code ---
--- WebAssembly code ---
name: wasm-function[0]
index: 0
kind: wasm function
compiler: TurboFan
Body (size = 768 = 712 + 56 padding)
Instructions (size = 696)
0x266d1c756940     0  55                   push rbp
0x266d1c756941     1  4889e5               REX.W movq rbp,rsp
0x266d1c756944     4  6a08                 push 0x8
0x266d1c756946     6  56                   push rsi
0x266d1c756947     7  4881ece8000000       REX.W subq rsp,0xe8
0x266d1c75694e     e  49bacdcc8c3fcdcc8c3f REX.W movq r10,0x3f8ccccd3f8ccccd
0x266d1c756958    18  c4c1f96ec2           vmovq xmm0,r10
0x266d1c75695d    1d  c5f96cc0             vpunpcklqdq xmm0,xmm0,xmm0
0x266d1c756961    21  49ba0000803f0000803f REX.W movq r10,0x3f8000003f800000
0x266d1c75696b    2b  c4c1f96eda           vmovq xmm3,r10
0x266d1c756970    30  c5e16cdb             vpunpcklqdq xmm3,xmm3,xmm3
0x266d1c756974    34  49ba6666a63f6666a63f REX.W movq r10,0x3fa666663fa66666
0x266d1c75697e    3e  c4c1f96ee2           vmovq xmm4,r10
0x266d1c756983    43  c5d96ce4             vpunpcklqdq xmm4,xmm4,xmm4
0x266d1c756987    47  49ba9a99993f9a99993f REX.W movq r10,0x3f99999a3f99999a
0x266d1c756991    51  c4c1f96eea           vmovq xmm5,r10
0x266d1c756996    56  c5d16ced             vpunpcklqdq xmm5,xmm5,xmm5
0x266d1c75699a    5a  49ba0000c03f0000c03f REX.W movq r10,0x3fc000003fc00000
0x266d1c7569a4    64  c4c1f96ef2           vmovq xmm6,r10
0x266d1c7569a9    69  c5c96cf6             vpunpcklqdq xmm6,xmm6,xmm6
0x266d1c7569ad    6d  49ba3333b33f3333b33f REX.W movq r10,0x3fb333333fb33333
0x266d1c7569b7    77  c4c1f96efa           vmovq xmm7,r10
0x266d1c7569bc    7c  c5c16cff             vpunpcklqdq xmm7,xmm7,xmm7
0x266d1c7569c0    80  49ba9a99d93f9a99d93f REX.W movq r10,0x3fd9999a3fd9999a
0x266d1c7569ca    8a  c441f96ec2           vmovq xmm8,r10
0x266d1c7569cf    8f  c441396cc0           vpunpcklqdq xmm8,xmm8,xmm8
0x266d1c7569d4    94  49bacdcccc3fcdcccc3f REX.W movq r10,0x3fcccccd3fcccccd
0x266d1c7569de    9e  c441f96eca           vmovq xmm9,r10
0x266d1c7569e3    a3  c441316cc9           vpunpcklqdq xmm9,xmm9,xmm9
0x266d1c7569e8    a8  49ba3333f33f3333f33f REX.W movq r10,0x3ff333333ff33333
0x266d1c7569f2    b2  c441f96ed2           vmovq xmm10,r10
0x266d1c7569f7    b7  c441296cd2           vpunpcklqdq xmm10,xmm10,xmm10
0x266d1c7569fc    bc  49ba6666e63f6666e63f REX.W movq r10,0x3fe666663fe66666
0x266d1c756a06    c6  c441f96eda           vmovq xmm11,r10
0x266d1c756a0b    cb  c441216cdb           vpunpcklqdq xmm11,xmm11,xmm11
0x266d1c756a10    d0  49ba6666064066660640 REX.W movq r10,0x4006666640066666
0x266d1c756a1a    da  c441f96ee2           vmovq xmm12,r10
0x266d1c756a1f    df  c441196ce4           vpunpcklqdq xmm12,xmm12,xmm12
0x266d1c756a24    e4  49ba0000004000000040 REX.W movq r10,0x4000000040000000
0x266d1c756a2e    ee  c441f96eea           vmovq xmm13,r10
0x266d1c756a33    f3  c441116ced           vpunpcklqdq xmm13,xmm13,xmm13
0x266d1c756a38    f8  488b5e4f             REX.W movq rbx,[rsi+0x4f]
0x266d1c756a3c    fc  33d2                 xorl rdx,rdx
0x266d1c756a3e    fe  e986000000           jmp 0x266d1c756ac9  <+0x189>
0x266d1c756a43   103  660f1f840000000000   nop
0x266d1c756a4c   10c  660f1f840000000000   nop
0x266d1c756a55   115  660f1f840000000000   nop
0x266d1c756a5e   11e  660f1f840000000000   nop
0x266d1c756a67   127  660f1f840000000000   nop
0x266d1c756a70   130  660f1f840000000000   nop
0x266d1c756a79   139  0f1f8000000000       nop
0x266d1c756a80   140  c4627918f1           vbroadcastss xmm14,xmm1
0x266d1c756a85   145  c4c17859c6           vmulps xmm0,xmm0,xmm14
0x266d1c756a8a   14a  c4c16059de           vmulps xmm3,xmm3,xmm14
0x266d1c756a8f   14f  c4c15859e6           vmulps xmm4,xmm4,xmm14
0x266d1c756a94   154  c4c15059ee           vmulps xmm5,xmm5,xmm14
0x266d1c756a99   159  c4c14859f6           vmulps xmm6,xmm6,xmm14
0x266d1c756a9e   15e  c4c14059fe           vmulps xmm7,xmm7,xmm14
0x266d1c756aa3   163  c4627918f2           vbroadcastss xmm14,xmm2
0x266d1c756aa8   168  c4413858c6           vaddps xmm8,xmm8,xmm14
0x266d1c756aad   16d  c4413058ce           vaddps xmm9,xmm9,xmm14
0x266d1c756ab2   172  c4412858d6           vaddps xmm10,xmm10,xmm14
0x266d1c756ab7   177  c4412058de           vaddps xmm11,xmm11,xmm14
0x266d1c756abc   17c  c4411858e6           vaddps xmm12,xmm12,xmm14
0x266d1c756ac1   181  c4411058ee           vaddps xmm13,xmm13,xmm14
0x266d1c756ac6   186  83c201               addl rdx,0x1
0x266d1c756ac9   189  483b23               REX.W cmpq rsp,[rbx]
0x266d1c756acc   18c  0f863c000000         jna 0x266d1c756b0e  <+0x1ce>
0x266d1c756ad2   192  3bd0                 cmpl rdx,rax
0x266d1c756ad4   194  7caa                 jl 0x266d1c756a80  <+0x140>
0x266d1c756ad6   196  c4c13058d0           vaddps xmm2,xmm9,xmm8
0x266d1c756adb   19b  c5c058f6             vaddps xmm6,xmm7,xmm6
0x266d1c756adf   19f  c5d058e4             vaddps xmm4,xmm5,xmm4
0x266d1c756ae3   1a3  c5e058c0             vaddps xmm0,xmm3,xmm0
0x266d1c756ae7   1a7  c4c11058dc           vaddps xmm3,xmm13,xmm12
0x266d1c756aec   1ac  c4c12058ea           vaddps xmm5,xmm11,xmm10
0x266d1c756af1   1b1  c5c858d2             vaddps xmm2,xmm6,xmm2
0x266d1c756af5   1b5  c5f858c4             vaddps xmm0,xmm0,xmm4
0x266d1c756af9   1b9  c5d058db             vaddps xmm3,xmm5,xmm3
0x266d1c756afd   1bd  c5f858c2             vaddps xmm0,xmm0,xmm2
0x266d1c756b01   1c1  c5f858c3             vaddps xmm0,xmm0,xmm3
0x266d1c756b05   1c5  c5f828c8             vmovaps xmm1,xmm0
0x266d1c756b09   1c9  488be5               REX.W movq rsp,rbp
0x266d1c756b0c   1cc  5d                   pop rbp
0x266d1c756b0d   1cd  c3                   retl
0x266d1c756b0e   1ce  c5781155e0           vmovups [rbp-0x20],xmm10
0x266d1c756b13   1d3  c578115dd0           vmovups [rbp-0x30],xmm11
0x266d1c756b18   1d8  c5781165c0           vmovups [rbp-0x40],xmm12
0x266d1c756b1d   1dd  c578116db0           vmovups [rbp-0x50],xmm13
0x266d1c756b22   1e2  c5f81145a0           vmovups [rbp-0x60],xmm0
0x266d1c756b27   1e7  c5f8115d90           vmovups [rbp-0x70],xmm3
0x266d1c756b2c   1ec  c5f8116580           vmovups [rbp-0x80],xmm4
0x266d1c756b31   1f1  c5f811ad70ffffff     vmovups [rbp-0x90],xmm5
0x266d1c756b39   1f9  c5f811b560ffffff     vmovups [rbp-0xa0],xmm6
0x266d1c756b41   201  c5f811bd50ffffff     vmovups [rbp-0xb0],xmm7
0x266d1c756b49   209  c578118540ffffff     vmovups [rbp-0xc0],xmm8
0x266d1c756b51   211  c578118d30ffffff     vmovups [rbp-0xd0],xmm9
0x266d1c756b59   219  48899528ffffff       REX.W movq [rbp-0xd8],rdx
0x266d1c756b60   220  c5fb119520ffffff     vmovsd [rbp-0xe0],xmm2
0x266d1c756b68   228  c5fb118d18ffffff     vmovsd [rbp-0xe8],xmm1
0x266d1c756b70   230  48898510ffffff       REX.W movq [rbp-0xf0],rax
0x266d1c756b77   237  48899d08ffffff       REX.W movq [rbp-0xf8],rbx
0x266d1c756b7e   23e  e84de7ffff           call 0x266d1c7552d0  (jump table)
0x266d1c756b83   243  c5781055e0           vmovups xmm10,[rbp-0x20]
0x266d1c756b88   248  c578105dd0           vmovups xmm11,[rbp-0x30]
0x266d1c756b8d   24d  c5781065c0           vmovups xmm12,[rbp-0x40]
0x266d1c756b92   252  c578106db0           vmovups xmm13,[rbp-0x50]
0x266d1c756b97   257  c5f81045a0           vmovups xmm0,[rbp-0x60]
0x266d1c756b9c   25c  c5f8105d90           vmovups xmm3,[rbp-0x70]
0x266d1c756ba1   261  c5f8106580           vmovups xmm4,[rbp-0x80]
0x266d1c756ba6   266  c5f810ad70ffffff     vmovups xmm5,[rbp-0x90]
0x266d1c756bae   26e  c5f810b560ffffff     vmovups xmm6,[rbp-0xa0]
0x266d1c756bb6   276  c5f810bd50ffffff     vmovups xmm7,[rbp-0xb0]
0x266d1c756bbe   27e  c578108540ffffff     vmovups xmm8,[rbp-0xc0]
0x266d1c756bc6   286  c578108d30ffffff     vmovups xmm9,[rbp-0xd0]
0x266d1c756bce   28e  8b9528ffffff         movl rdx,[rbp-0xd8]
0x266d1c756bd4   294  c5fb109520ffffff     vmovsd xmm2,[rbp-0xe0]
0x266d1c756bdc   29c  c5fb108d18ffffff     vmovsd xmm1,[rbp-0xe8]
0x266d1c756be4   2a4  8b8510ffffff         movl rax,[rbp-0xf0]
0x266d1c756bea   2aa  488b9d08ffffff       REX.W movq rbx,[rbp-0xf8]
0x266d1c756bf1   2b1  e9dcfeffff           jmp 0x266d1c756ad2  <+0x192>
0x266d1c756bf6   2b6  90                   nop
0x266d1c756bf7   2b7  90                   nop

Source positions:
 pc offset  position
       1ce       257

Safepoints (entries = 1, byte size = 15)
0x266d1c756b83    243  slots (sp->fp): 0000000000000000000000000000000000000000

RelocInfo (size = 3)
0x266d1c756b7f  wasm stub call  (0x266d1c7552d0)

--- End code ---
peak8 6.6  peak12 8.5  peakSep 4.9
peak8 31.5  peak12 37.4  peakSep 31.9
peak8 32.2  peak12 37.9  peakSep 37.7
peak8 33.2  peak12 38.4  peakSep 37.0
peak8 31.2  peak12 36.6  peakSep 37.3
