--- WebAssembly code ---
name: wasm-function[7]
index: 7
kind: wasm function
compiler: Liftoff
Body (size = 1152 = 1116 + 36 padding)
Instructions (size = 1100)
0x1f3b4b7780     0  55                   push rbp
0x1f3b4b7781     1  4889e5               REX.W movq rbp,rsp
0x1f3b4b7784     4  6a08                 push 0x8
0x1f3b4b7786     6  56                   push rsi
0x1f3b4b7787     7  4881ece8000000       REX.W subq rsp,0xe8
0x1f3b4b778e     e  50                   push rax
0x1f3b4b778f     f  51                   push rcx
0x1f3b4b7790    10  57                   push rdi
0x1f3b4b7791    11  488dbd0cffffff       REX.W leaq rdi,[rbp-0xf4]
0x1f3b4b7798    18  33c0                 xorl rax,rax
0x1f3b4b779a    1a  b930000000           movl rcx,0x30
0x1f3b4b779f    1f  f3ab                 rep stosl
0x1f3b4b77a1    21  5f                   pop rdi
0x1f3b4b77a2    22  59                   pop rcx
0x1f3b4b77a3    23  58                   pop rax
0x1f3b4b77a4    24  488b7e4f             REX.W movq rdi,[rsi+0x4f]
0x1f3b4b77a8    28  483b27               REX.W cmpq rsp,[rdi]
0x1f3b4b77ab    2b  0f8603030000         jna 0x1f3b4b7ab4  <+0x334>
0x1f3b4b77b1    31  8945dc               movl [rbp-0x24],rax
0x1f3b4b77b4    34  8955d8               movl [rbp-0x28],rdx
0x1f3b4b77b7    37  894dd4               movl [rbp-0x2c],rcx
0x1f3b4b77ba    3a  895dd0               movl [rbp-0x30],rbx
0x1f3b4b77bd    3d  44894dcc             movl [rbp-0x34],r9
0x1f3b4b77c1    41  8b45dc               movl rax,[rbp-0x24]
0x1f3b4b77c4    44  8b4dc0               movl rcx,[rbp-0x40]
0x1f3b4b77c7    47  3bc1                 cmpl rax,rcx
0x1f3b4b77c9    49  0f8ec7020000         jle 0x1f3b4b7a96  <+0x316>
0x1f3b4b77cf    4f  c5f9efc0             vpxor xmm0,xmm0,xmm0
0x1f3b4b77d3    53  c5f1efc9             vpxor xmm1,xmm1,xmm1
0x1f3b4b77d7    57  c5e9efd2             vpxor xmm2,xmm2,xmm2
0x1f3b4b77db    5b  c5e1efdb             vpxor xmm3,xmm3,xmm3
0x1f3b4b77df    5f  c5d9efe4             vpxor xmm4,xmm4,xmm4
0x1f3b4b77e3    63  c5d1efed             vpxor xmm5,xmm5,xmm5
0x1f3b4b77e7    67  c5c9eff6             vpxor xmm6,xmm6,xmm6
0x1f3b4b77eb    6b  c5c1efff             vpxor xmm7,xmm7,xmm7
0x1f3b4b77ef    6f  8b45d4               movl rax,[rbp-0x2c]
0x1f3b4b77f2    72  8b4dd0               movl rcx,[rbp-0x30]
0x1f3b4b77f5    75  8b55d8               movl rdx,[rbp-0x28]
0x1f3b4b77f8    78  c1e205               shll rdx, 5
0x1f3b4b77fb    7b  8d1411               leal rdx,[rcx+rdx*1]
0x1f3b4b77fe    7e  8945c8               movl [rbp-0x38],rax
0x1f3b4b7801    81  894dc4               movl [rbp-0x3c],rcx
0x1f3b4b7804    84  8955bc               movl [rbp-0x44],rdx
0x1f3b4b7807    87  c5fa7f45ac           vmovdqu [rbp-0x54],xmm0
0x1f3b4b780c    8c  c5fa7f4d9c           vmovdqu [rbp-0x64],xmm1
0x1f3b4b7811    91  c5fa7f558c           vmovdqu [rbp-0x74],xmm2
0x1f3b4b7816    96  c5fa7f9d7cffffff     vmovdqu [rbp-0x84],xmm3
0x1f3b4b781e    9e  c5fa7fa56cffffff     vmovdqu [rbp-0x94],xmm4
0x1f3b4b7826    a6  c5fa7fad5cffffff     vmovdqu [rbp-0xa4],xmm5
0x1f3b4b782e    ae  c5fa7fb54cffffff     vmovdqu [rbp-0xb4],xmm6
0x1f3b4b7836    b6  c5fa7fbd3cffffff     vmovdqu [rbp-0xc4],xmm7
0x1f3b4b783e    be  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4b7841    c1  8b4dbc               movl rcx,[rbp-0x44]
0x1f3b4b7844    c4  3bc1                 cmpl rax,rcx
0x1f3b4b7846    c6  0f833a010000         jnc 0x1f3b4b7986  <+0x206>
0x1f3b4b784c    cc  c5fa6f45ac           vmovdqu xmm0,[rbp-0x54]
0x1f3b4b7851    d1  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b7854    d4  488b4e3f             REX.W movq rcx,[rsi+0x3f]
0x1f3b4b7858    d8  c4e279180c01         vbroadcastss xmm1,[rcx+rax*1]
0x1f3b4b785e    de  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4b7861    e1  c5fa6f1401           vmovdqu xmm2,[rcx+rax*1]
0x1f3b4b7866    e6  c5f059da             vmulps xmm3,xmm1,xmm2
0x1f3b4b786a    ea  c5f858c3             vaddps xmm0,xmm0,xmm3
0x1f3b4b786e    ee  c5fa6f5d9c           vmovdqu xmm3,[rbp-0x64]
0x1f3b4b7873    f3  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4b7876    f6  c5fa6f640110         vmovdqu xmm4,[rcx+rax*1+0x10]
0x1f3b4b787c    fc  c5f059cc             vmulps xmm1,xmm1,xmm4
0x1f3b4b7880   100  c5e058d9             vaddps xmm3,xmm3,xmm1
0x1f3b4b7884   104  c5fa6f4d8c           vmovdqu xmm1,[rbp-0x74]
0x1f3b4b7889   109  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b788c   10c  c4e279186c0104       vbroadcastss xmm5,[rcx+rax*1+0x4]
0x1f3b4b7893   113  c5d059f2             vmulps xmm6,xmm5,xmm2
0x1f3b4b7897   117  c5f058ce             vaddps xmm1,xmm1,xmm6
0x1f3b4b789b   11b  c5fa6fb57cffffff     vmovdqu xmm6,[rbp-0x84]
0x1f3b4b78a3   123  c5d059fc             vmulps xmm7,xmm5,xmm4
0x1f3b4b78a7   127  c5c858f7             vaddps xmm6,xmm6,xmm7
0x1f3b4b78ab   12b  c5fa6fbd6cffffff     vmovdqu xmm7,[rbp-0x94]
0x1f3b4b78b3   133  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b78b6   136  c5fa7f45ac           vmovdqu [rbp-0x54],xmm0
0x1f3b4b78bb   13b  c4e27918440108       vbroadcastss xmm0,[rcx+rax*1+0x8]
0x1f3b4b78c2   142  c5f859ea             vmulps xmm5,xmm0,xmm2
0x1f3b4b78c6   146  c5c058fd             vaddps xmm7,xmm7,xmm5
0x1f3b4b78ca   14a  c5fa6fad5cffffff     vmovdqu xmm5,[rbp-0xa4]
0x1f3b4b78d2   152  c5fa7f4d8c           vmovdqu [rbp-0x74],xmm1
0x1f3b4b78d7   157  c5f859cc             vmulps xmm1,xmm0,xmm4
0x1f3b4b78db   15b  c5d058e9             vaddps xmm5,xmm5,xmm1
0x1f3b4b78df   15f  c5fa6f8d4cffffff     vmovdqu xmm1,[rbp-0xb4]
0x1f3b4b78e7   167  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b78ea   16a  c5fa7f952cffffff     vmovdqu [rbp-0xd4],xmm2
0x1f3b4b78f2   172  c4e2791854010c       vbroadcastss xmm2,[rcx+rax*1+0xc]
0x1f3b4b78f9   179  c5fa6f852cffffff     vmovdqu xmm0,[rbp-0xd4]
0x1f3b4b7901   181  c5e859c0             vmulps xmm0,xmm2,xmm0
0x1f3b4b7905   185  c5f058c8             vaddps xmm1,xmm1,xmm0
0x1f3b4b7909   189  c5fa6f853cffffff     vmovdqu xmm0,[rbp-0xc4]
0x1f3b4b7911   191  c5fa7f5d9c           vmovdqu [rbp-0x64],xmm3
0x1f3b4b7916   196  c5e859dc             vmulps xmm3,xmm2,xmm4
0x1f3b4b791a   19a  c5f858c3             vaddps xmm0,xmm0,xmm3
0x1f3b4b791e   19e  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b7921   1a1  83c010               addl rax,0x10
0x1f3b4b7924   1a4  8b55c4               movl rdx,[rbp-0x3c]
0x1f3b4b7927   1a7  83c220               addl rdx,0x20
0x1f3b4b792a   1aa  488b9eaf000000       REX.W movq rbx,[rsi+0xaf]
0x1f3b4b7931   1b1  8b7b1c               movl rdi,[rbx+0x1c]
0x1f3b4b7934   1b4  81efed000000         subl rdi,0xed
0x1f3b4b793a   1ba  0f88ac010000         js 0x1f3b4b7aec  <+0x36c>
0x1f3b4b7940   1c0  897b1c               movl [rbx+0x1c],rdi
0x1f3b4b7943   1c3  8945c8               movl [rbp-0x38],rax
0x1f3b4b7946   1c6  8955c4               movl [rbp-0x3c],rdx
0x1f3b4b7949   1c9  c5fa7fb57cffffff     vmovdqu [rbp-0x84],xmm6
0x1f3b4b7951   1d1  c5fa7fbd6cffffff     vmovdqu [rbp-0x94],xmm7
0x1f3b4b7959   1d9  c5fa7fad5cffffff     vmovdqu [rbp-0xa4],xmm5
0x1f3b4b7961   1e1  c5fa7f8d4cffffff     vmovdqu [rbp-0xb4],xmm1
0x1f3b4b7969   1e9  c5fa7f853cffffff     vmovdqu [rbp-0xc4],xmm0
0x1f3b4b7971   1f1  c5fa7fa51cffffff     vmovdqu [rbp-0xe4],xmm4
0x1f3b4b7979   1f9  c5fa7f950cffffff     vmovdqu [rbp-0xf4],xmm2
0x1f3b4b7981   201  e9b8feffff           jmp 0x1f3b4b783e  <+0xbe>
0x1f3b4b7986   206  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b7989   209  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b798c   20c  488b563f             REX.W movq rdx,[rsi+0x3f]
0x1f3b4b7990   210  c5fa6f040a           vmovdqu xmm0,[rdx+rcx*1]
0x1f3b4b7995   215  c5fa6f4dac           vmovdqu xmm1,[rbp-0x54]
0x1f3b4b799a   21a  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b799e   21e  c5fa7f0402           vmovdqu [rdx+rax*1],xmm0
0x1f3b4b79a3   223  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b79a6   226  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b79a9   229  c5fa6f440a10         vmovdqu xmm0,[rdx+rcx*1+0x10]
0x1f3b4b79af   22f  c5fa6f4d9c           vmovdqu xmm1,[rbp-0x64]
0x1f3b4b79b4   234  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b79b8   238  c5fa7f440210         vmovdqu [rdx+rax*1+0x10],xmm0
0x1f3b4b79be   23e  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b79c1   241  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b79c4   244  c5fa6f440a20         vmovdqu xmm0,[rdx+rcx*1+0x20]
0x1f3b4b79ca   24a  c5fa6f4d8c           vmovdqu xmm1,[rbp-0x74]
0x1f3b4b79cf   24f  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b79d3   253  c5fa7f440220         vmovdqu [rdx+rax*1+0x20],xmm0
0x1f3b4b79d9   259  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b79dc   25c  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b79df   25f  c5fa6f440a30         vmovdqu xmm0,[rdx+rcx*1+0x30]
0x1f3b4b79e5   265  c5fa6f8d7cffffff     vmovdqu xmm1,[rbp-0x84]
0x1f3b4b79ed   26d  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b79f1   271  c5fa7f440230         vmovdqu [rdx+rax*1+0x30],xmm0
0x1f3b4b79f7   277  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b79fa   27a  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b79fd   27d  c5fa6f440a40         vmovdqu xmm0,[rdx+rcx*1+0x40]
0x1f3b4b7a03   283  c5fa6f8d6cffffff     vmovdqu xmm1,[rbp-0x94]
0x1f3b4b7a0b   28b  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b7a0f   28f  c5fa7f440240         vmovdqu [rdx+rax*1+0x40],xmm0
0x1f3b4b7a15   295  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b7a18   298  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b7a1b   29b  c5fa6f440a50         vmovdqu xmm0,[rdx+rcx*1+0x50]
0x1f3b4b7a21   2a1  c5fa6f8d5cffffff     vmovdqu xmm1,[rbp-0xa4]
0x1f3b4b7a29   2a9  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b7a2d   2ad  c5fa7f440250         vmovdqu [rdx+rax*1+0x50],xmm0
0x1f3b4b7a33   2b3  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b7a36   2b6  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b7a39   2b9  c5fa6f440a60         vmovdqu xmm0,[rdx+rcx*1+0x60]
0x1f3b4b7a3f   2bf  c5fa6f8d4cffffff     vmovdqu xmm1,[rbp-0xb4]
0x1f3b4b7a47   2c7  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b7a4b   2cb  c5fa7f440260         vmovdqu [rdx+rax*1+0x60],xmm0
0x1f3b4b7a51   2d1  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b7a54   2d4  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b7a57   2d7  c5fa6f440a70         vmovdqu xmm0,[rdx+rcx*1+0x70]
0x1f3b4b7a5d   2dd  c5fa6f8d3cffffff     vmovdqu xmm1,[rbp-0xc4]
0x1f3b4b7a65   2e5  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b7a69   2e9  c5fa7f440270         vmovdqu [rdx+rax*1+0x70],xmm0
0x1f3b4b7a6f   2ef  8b45c0               movl rax,[rbp-0x40]
0x1f3b4b7a72   2f2  83c001               addl rax,0x1
0x1f3b4b7a75   2f5  488b8eaf000000       REX.W movq rcx,[rsi+0xaf]
0x1f3b4b7a7c   2fc  8b591c               movl rbx,[rcx+0x1c]
0x1f3b4b7a7f   2ff  81ebb5020000         subl rbx,0x2b5
0x1f3b4b7a85   305  0f881f010000         js 0x1f3b4b7baa  <+0x42a>
0x1f3b4b7a8b   30b  89591c               movl [rcx+0x1c],rbx
0x1f3b4b7a8e   30e  8945c0               movl [rbp-0x40],rax
0x1f3b4b7a91   311  e92bfdffff           jmp 0x1f3b4b77c1  <+0x41>
0x1f3b4b7a96   316  488b86af000000       REX.W movq rax,[rsi+0xaf]
0x1f3b4b7a9d   31d  8b481c               movl rcx,[rax+0x1c]
0x1f3b4b7aa0   320  81e916030000         subl rcx,0x316
0x1f3b4b7aa6   326  0f8810010000         js 0x1f3b4b7bbc  <+0x43c>
0x1f3b4b7aac   32c  89481c               movl [rax+0x1c],rcx
0x1f3b4b7aaf   32f  488be5               REX.W movq rsp,rbp
0x1f3b4b7ab2   332  5d                   pop rbp
0x1f3b4b7ab3   333  c3                   retl
0x1f3b4b7ab4   334  50                   push rax
0x1f3b4b7ab5   335  51                   push rcx
0x1f3b4b7ab6   336  52                   push rdx
0x1f3b4b7ab7   337  53                   push rbx
0x1f3b4b7ab8   338  4151                 push r9
0x1f3b4b7aba   33a  e811f8ffff           call 0x1f3b4b72d0  (jump table)
0x1f3b4b7abf   33f  4159                 pop r9
0x1f3b4b7ac1   341  5b                   pop rbx
0x1f3b4b7ac2   342  5a                   pop rdx
0x1f3b4b7ac3   343  59                   pop rcx
0x1f3b4b7ac4   344  58                   pop rax
0x1f3b4b7ac5   345  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4b7ac9   349  e9e3fcffff           jmp 0x1f3b4b77b1  <+0x31>
0x1f3b4b7ace   34e  e87df5ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7ad3   353  e878f5ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7ad8   358  e873f5ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7add   35d  e86ef5ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7ae2   362  e869f5ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7ae7   367  e864f5ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7aec   36c  50                   push rax
0x1f3b4b7aed   36d  51                   push rcx
0x1f3b4b7aee   36e  52                   push rdx
0x1f3b4b7aef   36f  4883ec70             REX.W subq rsp,0x70
0x1f3b4b7af3   373  c5fa7f0424           vmovdqu [rsp],xmm0
0x1f3b4b7af8   378  c5fa7f4c2410         vmovdqu [rsp+0x10],xmm1
0x1f3b4b7afe   37e  c5fa7f542420         vmovdqu [rsp+0x20],xmm2
0x1f3b4b7b04   384  c5fa7f642430         vmovdqu [rsp+0x30],xmm4
0x1f3b4b7b0a   38a  c5fa7f6c2440         vmovdqu [rsp+0x40],xmm5
0x1f3b4b7b10   390  c5fa7f742450         vmovdqu [rsp+0x50],xmm6
0x1f3b4b7b16   396  c5fa7f7c2460         vmovdqu [rsp+0x60],xmm7
0x1f3b4b7b1c   39c  e83ff6ffff           call 0x1f3b4b7160  (jump table)
0x1f3b4b7b21   3a1  c5fa6f0424           vmovdqu xmm0,[rsp]
0x1f3b4b7b26   3a6  c5fa6f4c2410         vmovdqu xmm1,[rsp+0x10]
0x1f3b4b7b2c   3ac  c5fa6f542420         vmovdqu xmm2,[rsp+0x20]
0x1f3b4b7b32   3b2  c5fa6f642430         vmovdqu xmm4,[rsp+0x30]
0x1f3b4b7b38   3b8  c5fa6f6c2440         vmovdqu xmm5,[rsp+0x40]
0x1f3b4b7b3e   3be  c5fa6f742450         vmovdqu xmm6,[rsp+0x50]
0x1f3b4b7b44   3c4  c5fa6f7c2460         vmovdqu xmm7,[rsp+0x60]
0x1f3b4b7b4a   3ca  4883c470             REX.W addq rsp,0x70
0x1f3b4b7b4e   3ce  5a                   pop rdx
0x1f3b4b7b4f   3cf  59                   pop rcx
0x1f3b4b7b50   3d0  58                   pop rax
0x1f3b4b7b51   3d1  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4b7b55   3d5  e9e9fdffff           jmp 0x1f3b4b7943  <+0x1c3>
0x1f3b4b7b5a   3da  e8f1f4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7b5f   3df  e8ecf4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7b64   3e4  e8e7f4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7b69   3e9  e8e2f4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7b6e   3ee  e8ddf4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7b73   3f3  e8d8f4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7b78   3f8  e8d3f4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7b7d   3fd  e8cef4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7b82   402  e8c9f4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7b87   407  e8c4f4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7b8c   40c  e8bff4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7b91   411  e8baf4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7b96   416  e8b5f4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7b9b   41b  e8b0f4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7ba0   420  e8abf4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7ba5   425  e8a6f4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7baa   42a  50                   push rax
0x1f3b4b7bab   42b  52                   push rdx
0x1f3b4b7bac   42c  e8aff5ffff           call 0x1f3b4b7160  (jump table)
0x1f3b4b7bb1   431  5a                   pop rdx
0x1f3b4b7bb2   432  58                   pop rax
0x1f3b4b7bb3   433  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4b7bb7   437  e9d2feffff           jmp 0x1f3b4b7a8e  <+0x30e>
0x1f3b4b7bbc   43c  e89ff5ffff           call 0x1f3b4b7160  (jump table)
0x1f3b4b7bc1   441  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4b7bc5   445  e9e5feffff           jmp 0x1f3b4b7aaf  <+0x32f>
0x1f3b4b7bca   44a  6690                 nop

Protected instructions:
 pc offset  land pad
        d8       34e
        e1       353
        f6       358
       10c       35d
       13b       362
       172       367
       210       3da
       21e       3df
       229       3e4
       238       3e9
       244       3ee
       253       3f3
       25f       3f8
       271       3fd
       27d       402
       28f       407
       29b       40c
       2ad       411
       2b9       416
       2cb       41b
       2d7       420
       2e9       425

Source positions:
 pc offset  position
       33a         0  statement
       34e       203  statement
       353       211  statement
       358       231  statement
       35d       249  statement
       362       283  statement
       367       317  statement
       39c       361  statement
       3da       369  statement
       3df       378  statement
       3e4       386  statement
       3e9       395  statement
       3ee       403  statement
       3f3       412  statement
       3f8       420  statement
       3fd       429  statement
       402       437  statement
       407       446  statement
       40c       454  statement
       411       463  statement
       416       471  statement
       41b       480  statement
       420       488  statement
       425       497  statement
       42c       508  statement
       43c       512  statement

Safepoints (entries = 1, byte size = 15)
0x1f3b4b7abf    33f  slots (sp->fp): 0000000000000000000000000000000000000000

RelocInfo (size = 0)

--- End code ---
--- WebAssembly code ---
name: wasm-function[7]
index: 7
kind: wasm function
compiler: TurboFan
Body (size = 1088 = 1048 + 40 padding)
Instructions (size = 1032)
0x1f3b4b7c00     0  55                   push rbp
0x1f3b4b7c01     1  4889e5               REX.W movq rbp,rsp
0x1f3b4b7c04     4  6a08                 push 0x8
0x1f3b4b7c06     6  56                   push rsi
0x1f3b4b7c07     7  4881ecd8000000       REX.W subq rsp,0xd8
0x1f3b4b7c0e     e  488b7e3f             REX.W movq rdi,[rsi+0x3f]
0x1f3b4b7c12    12  488b764f             REX.W movq rsi,[rsi+0x4f]
0x1f3b4b7c16    16  48899d28ffffff       REX.W movq [rbp-0xd8],rbx
0x1f3b4b7c1d    1d  48899520ffffff       REX.W movq [rbp-0xe0],rdx
0x1f3b4b7c24    24  48898518ffffff       REX.W movq [rbp-0xe8],rax
0x1f3b4b7c2b    2b  4533c0               xorl r8,r8
0x1f3b4b7c2e    2e  e99e000000           jmp 0x1f3b4b7cd1  <+0xd1>
0x1f3b4b7c33    33  660f1f840000000000   nop
0x1f3b4b7c3c    3c  0f1f4000             nop
0x1f3b4b7c40    40  4183c001             addl r8,0x1
0x1f3b4b7c44    44  418bc1               movl rax,r9
0x1f3b4b7c47    47  c57a6f0407           vmovdqu xmm8,[rdi+rax*1]
0x1f3b4b7c4c    4c  c5b858ff             vaddps xmm7,xmm8,xmm7
0x1f3b4b7c50    50  c5fa7f3c07           vmovdqu [rdi+rax*1],xmm7
0x1f3b4b7c55    55  c5fa6f7c0710         vmovdqu xmm7,[rdi+rax*1+0x10]
0x1f3b4b7c5b    5b  c5c058f6             vaddps xmm6,xmm7,xmm6
0x1f3b4b7c5f    5f  c5fa7f743810         vmovdqu [rax+rdi*1+0x10],xmm6
0x1f3b4b7c65    65  c5fa6f740720         vmovdqu xmm6,[rdi+rax*1+0x20]
0x1f3b4b7c6b    6b  c5c858ed             vaddps xmm5,xmm6,xmm5
0x1f3b4b7c6f    6f  c5fa7f6c3820         vmovdqu [rax+rdi*1+0x20],xmm5
0x1f3b4b7c75    75  c5fa6f6c0730         vmovdqu xmm5,[rdi+rax*1+0x30]
0x1f3b4b7c7b    7b  c5d058e4             vaddps xmm4,xmm5,xmm4
0x1f3b4b7c7f    7f  c5fa7f643830         vmovdqu [rax+rdi*1+0x30],xmm4
0x1f3b4b7c85    85  c5fa6f640740         vmovdqu xmm4,[rdi+rax*1+0x40]
0x1f3b4b7c8b    8b  c5d858db             vaddps xmm3,xmm4,xmm3
0x1f3b4b7c8f    8f  c5fa7f5c3840         vmovdqu [rax+rdi*1+0x40],xmm3
0x1f3b4b7c95    95  c5fa6f5c0750         vmovdqu xmm3,[rdi+rax*1+0x50]
0x1f3b4b7c9b    9b  c5e058d2             vaddps xmm2,xmm3,xmm2
0x1f3b4b7c9f    9f  c5fa7f543850         vmovdqu [rax+rdi*1+0x50],xmm2
0x1f3b4b7ca5    a5  c5fa6f540760         vmovdqu xmm2,[rdi+rax*1+0x60]
0x1f3b4b7cab    ab  c5e858c9             vaddps xmm1,xmm2,xmm1
0x1f3b4b7caf    af  c5fa7f4c3860         vmovdqu [rax+rdi*1+0x60],xmm1
0x1f3b4b7cb5    b5  c5fa6f4c0770         vmovdqu xmm1,[rdi+rax*1+0x70]
0x1f3b4b7cbb    bb  c5f058c0             vaddps xmm0,xmm1,xmm0
0x1f3b4b7cbf    bf  c5fa7f443870         vmovdqu [rax+rdi*1+0x70],xmm0
0x1f3b4b7cc5    c5  8b9520ffffff         movl rdx,[rbp-0xe0]
0x1f3b4b7ccb    cb  8b9d28ffffff         movl rbx,[rbp-0xd8]
0x1f3b4b7cd1    d1  483b26               REX.W cmpq rsp,[rsi]
0x1f3b4b7cd4    d4  0f8695010000         jna 0x1f3b4b7e6f  <+0x26f>
0x1f3b4b7cda    da  443b8518ffffff       cmpl r8,[rbp-0xe8]
0x1f3b4b7ce1    e1  0f8d83010000         jge 0x1f3b4b7e6a  <+0x26a>
0x1f3b4b7ce7    e7  c5f9efc0             vpxor xmm0,xmm0,xmm0
0x1f3b4b7ceb    eb  448bda               movl r11,rdx
0x1f3b4b7cee    ee  41c1e305             shll r11, 5
0x1f3b4b7cf2    f2  4403db               addl r11,rbx
0x1f3b4b7cf5    f5  448bfb               movl r15,rbx
0x1f3b4b7cf8    f8  c5f928c8             vmovapd xmm1,xmm0
0x1f3b4b7cfc    fc  c5f928d0             vmovapd xmm2,xmm0
0x1f3b4b7d00   100  c5f928d8             vmovapd xmm3,xmm0
0x1f3b4b7d04   104  c5f928e0             vmovapd xmm4,xmm0
0x1f3b4b7d08   108  c5f928e8             vmovapd xmm5,xmm0
0x1f3b4b7d0c   10c  c5f928f0             vmovapd xmm6,xmm0
0x1f3b4b7d10   110  c5f928f8             vmovapd xmm7,xmm0
0x1f3b4b7d14   114  448be1               movl r12,rcx
0x1f3b4b7d17   117  e9a5000000           jmp 0x1f3b4b7dc1  <+0x1c1>
0x1f3b4b7d1c   11c  660f1f840000000000   nop
0x1f3b4b7d25   125  660f1f840000000000   nop
0x1f3b4b7d2e   12e  660f1f840000000000   nop
0x1f3b4b7d37   137  660f1f840000000000   nop
0x1f3b4b7d40   140  4183c410             addl r12,0x10
0x1f3b4b7d44   144  c42279180427         vbroadcastss xmm8,[rdi+r12*1]
0x1f3b4b7d4a   14a  c4217a6f0c3f         vmovdqu xmm9,[rdi+r15*1]
0x1f3b4b7d50   150  c4217a6f543f10       vmovdqu xmm10,[rdi+r15*1+0x10]
0x1f3b4b7d57   157  c42279181c20         vbroadcastss xmm11,[rax+r12*1]
0x1f3b4b7d5d   15d  c42279182423         vbroadcastss xmm12,[rbx+r12*1]
0x1f3b4b7d63   163  c42279182c22         vbroadcastss xmm13,[rdx+r12*1]
0x1f3b4b7d69   169  c4411059f2           vmulps xmm14,xmm13,xmm10
0x1f3b4b7d6e   16e  c4c17858c6           vaddps xmm0,xmm0,xmm14
0x1f3b4b7d73   173  c4411059e9           vmulps xmm13,xmm13,xmm9
0x1f3b4b7d78   178  c4c17058cd           vaddps xmm1,xmm1,xmm13
0x1f3b4b7d7d   17d  c4411859ea           vmulps xmm13,xmm12,xmm10
0x1f3b4b7d82   182  c4c16858d5           vaddps xmm2,xmm2,xmm13
0x1f3b4b7d87   187  c4411859e1           vmulps xmm12,xmm12,xmm9
0x1f3b4b7d8c   18c  c4c16058dc           vaddps xmm3,xmm3,xmm12
0x1f3b4b7d91   191  c4412059e2           vmulps xmm12,xmm11,xmm10
0x1f3b4b7d96   196  c4c15858e4           vaddps xmm4,xmm4,xmm12
0x1f3b4b7d9b   19b  c4412059d9           vmulps xmm11,xmm11,xmm9
0x1f3b4b7da0   1a0  c4c15058eb           vaddps xmm5,xmm5,xmm11
0x1f3b4b7da5   1a5  c4413859d2           vmulps xmm10,xmm8,xmm10
0x1f3b4b7daa   1aa  c4c14858f2           vaddps xmm6,xmm6,xmm10
0x1f3b4b7daf   1af  c4413859c1           vmulps xmm8,xmm8,xmm9
0x1f3b4b7db4   1b4  c4c14058f8           vaddps xmm7,xmm7,xmm8
0x1f3b4b7db9   1b9  4183c410             addl r12,0x10
0x1f3b4b7dbd   1bd  4183c720             addl r15,0x20
0x1f3b4b7dc1   1c1  483b26               REX.W cmpq rsp,[rsi]
0x1f3b4b7dc4   1c4  0f86ee000000         jna 0x1f3b4b7eb8  <+0x2b8>
0x1f3b4b7dca   1ca  453bfb               cmpl r15,r11
0x1f3b4b7dcd   1cd  0f836dfeffff         jnc 0x1f3b4b7c40  <+0x40>
0x1f3b4b7dd3   1d3  4589e6               movl r14,r12
0x1f3b4b7dd6   1d6  c42279180437         vbroadcastss xmm8,[rdi+r14*1]
0x1f3b4b7ddc   1dc  418bc7               movl rax,r15
0x1f3b4b7ddf   1df  c57a6f0c07           vmovdqu xmm9,[rdi+rax*1]
0x1f3b4b7de4   1e4  c57a6f540710         vmovdqu xmm10,[rdi+rax*1+0x10]
0x1f3b4b7dea   1ea  488d4704             REX.W leaq rax,[rdi+0x4]
0x1f3b4b7dee   1ee  c42279181c30         vbroadcastss xmm11,[rax+r14*1]
0x1f3b4b7df4   1f4  488d5f08             REX.W leaq rbx,[rdi+0x8]
0x1f3b4b7df8   1f8  c42279182433         vbroadcastss xmm12,[rbx+r14*1]
0x1f3b4b7dfe   1fe  488d570c             REX.W leaq rdx,[rdi+0xc]
0x1f3b4b7e02   202  c42279182c32         vbroadcastss xmm13,[rdx+r14*1]
0x1f3b4b7e08   208  4183c720             addl r15,0x20
0x1f3b4b7e0c   20c  c4411059f2           vmulps xmm14,xmm13,xmm10
0x1f3b4b7e11   211  c4c17858c6           vaddps xmm0,xmm0,xmm14
0x1f3b4b7e16   216  c4411059e9           vmulps xmm13,xmm13,xmm9
0x1f3b4b7e1b   21b  c4c17058cd           vaddps xmm1,xmm1,xmm13
0x1f3b4b7e20   220  c4411859ea           vmulps xmm13,xmm12,xmm10
0x1f3b4b7e25   225  c4c16858d5           vaddps xmm2,xmm2,xmm13
0x1f3b4b7e2a   22a  c4411859e1           vmulps xmm12,xmm12,xmm9
0x1f3b4b7e2f   22f  c4c16058dc           vaddps xmm3,xmm3,xmm12
0x1f3b4b7e34   234  c4412059e2           vmulps xmm12,xmm11,xmm10
0x1f3b4b7e39   239  c4c15858e4           vaddps xmm4,xmm4,xmm12
0x1f3b4b7e3e   23e  c4412059d9           vmulps xmm11,xmm11,xmm9
0x1f3b4b7e43   243  c4c15058eb           vaddps xmm5,xmm5,xmm11
0x1f3b4b7e48   248  c4413859d2           vmulps xmm10,xmm8,xmm10
0x1f3b4b7e4d   24d  c4c14858f2           vaddps xmm6,xmm6,xmm10
0x1f3b4b7e52   252  c4413859c1           vmulps xmm8,xmm8,xmm9
0x1f3b4b7e57   257  c4c14058f8           vaddps xmm7,xmm7,xmm8
0x1f3b4b7e5c   25c  453bfb               cmpl r15,r11
0x1f3b4b7e5f   25f  0f83dbfdffff         jnc 0x1f3b4b7c40  <+0x40>
0x1f3b4b7e65   265  e9d6feffff           jmp 0x1f3b4b7d40  <+0x140>
0x1f3b4b7e6a   26a  488be5               REX.W movq rsp,rbp
0x1f3b4b7e6d   26d  5d                   pop rbp
0x1f3b4b7e6e   26e  c3                   retl
0x1f3b4b7e6f   26f  48897de8             REX.W movq [rbp-0x18],rdi
0x1f3b4b7e73   273  4c894de0             REX.W movq [rbp-0x20],r9
0x1f3b4b7e77   277  4c8945d8             REX.W movq [rbp-0x28],r8
0x1f3b4b7e7b   27b  4889b538ffffff       REX.W movq [rbp-0xc8],rsi
0x1f3b4b7e82   282  48898d30ffffff       REX.W movq [rbp-0xd0],rcx
0x1f3b4b7e89   289  e842f4ffff           call 0x1f3b4b72d0  (jump table)
0x1f3b4b7e8e   28e  488b7de8             REX.W movq rdi,[rbp-0x18]
0x1f3b4b7e92   292  448b4de0             movl r9,[rbp-0x20]
0x1f3b4b7e96   296  448b45d8             movl r8,[rbp-0x28]
0x1f3b4b7e9a   29a  488bb538ffffff       REX.W movq rsi,[rbp-0xc8]
0x1f3b4b7ea1   2a1  8b8d30ffffff         movl rcx,[rbp-0xd0]
0x1f3b4b7ea7   2a7  8b9d28ffffff         movl rbx,[rbp-0xd8]
0x1f3b4b7ead   2ad  8b9520ffffff         movl rdx,[rbp-0xe0]
0x1f3b4b7eb3   2b3  e922feffff           jmp 0x1f3b4b7cda  <+0xda>
0x1f3b4b7eb8   2b8  48897de8             REX.W movq [rbp-0x18],rdi
0x1f3b4b7ebc   2bc  4c894de0             REX.W movq [rbp-0x20],r9
0x1f3b4b7ec0   2c0  4c8945d8             REX.W movq [rbp-0x28],r8
0x1f3b4b7ec4   2c4  c5f81145c0           vmovups [rbp-0x40],xmm0
0x1f3b4b7ec9   2c9  c5f8114db0           vmovups [rbp-0x50],xmm1
0x1f3b4b7ece   2ce  c5f81155a0           vmovups [rbp-0x60],xmm2
0x1f3b4b7ed3   2d3  c5f8115d90           vmovups [rbp-0x70],xmm3
0x1f3b4b7ed8   2d8  c5f8116580           vmovups [rbp-0x80],xmm4
0x1f3b4b7edd   2dd  c5f811ad70ffffff     vmovups [rbp-0x90],xmm5
0x1f3b4b7ee5   2e5  c5f811b560ffffff     vmovups [rbp-0xa0],xmm6
0x1f3b4b7eed   2ed  c5f811bd50ffffff     vmovups [rbp-0xb0],xmm7
0x1f3b4b7ef5   2f5  4c8965d0             REX.W movq [rbp-0x30],r12
0x1f3b4b7ef9   2f9  4c899d48ffffff       REX.W movq [rbp-0xb8],r11
0x1f3b4b7f00   300  4c89bd40ffffff       REX.W movq [rbp-0xc0],r15
0x1f3b4b7f07   307  4889b538ffffff       REX.W movq [rbp-0xc8],rsi
0x1f3b4b7f0e   30e  48898d30ffffff       REX.W movq [rbp-0xd0],rcx
0x1f3b4b7f15   315  e8b6f3ffff           call 0x1f3b4b72d0  (jump table)
0x1f3b4b7f1a   31a  488b7de8             REX.W movq rdi,[rbp-0x18]
0x1f3b4b7f1e   31e  448b4de0             movl r9,[rbp-0x20]
0x1f3b4b7f22   322  448b45d8             movl r8,[rbp-0x28]
0x1f3b4b7f26   326  c5f81045c0           vmovups xmm0,[rbp-0x40]
0x1f3b4b7f2b   32b  c5f8104db0           vmovups xmm1,[rbp-0x50]
0x1f3b4b7f30   330  c5f81055a0           vmovups xmm2,[rbp-0x60]
0x1f3b4b7f35   335  c5f8105d90           vmovups xmm3,[rbp-0x70]
0x1f3b4b7f3a   33a  c5f8106580           vmovups xmm4,[rbp-0x80]
0x1f3b4b7f3f   33f  c5f810ad70ffffff     vmovups xmm5,[rbp-0x90]
0x1f3b4b7f47   347  c5f810b560ffffff     vmovups xmm6,[rbp-0xa0]
0x1f3b4b7f4f   34f  c5f810bd50ffffff     vmovups xmm7,[rbp-0xb0]
0x1f3b4b7f57   357  448b65d0             movl r12,[rbp-0x30]
0x1f3b4b7f5b   35b  448b9d48ffffff       movl r11,[rbp-0xb8]
0x1f3b4b7f62   362  448bbd40ffffff       movl r15,[rbp-0xc0]
0x1f3b4b7f69   369  488bb538ffffff       REX.W movq rsi,[rbp-0xc8]
0x1f3b4b7f70   370  8b8d30ffffff         movl rcx,[rbp-0xd0]
0x1f3b4b7f76   376  e94ffeffff           jmp 0x1f3b4b7dca  <+0x1ca>
0x1f3b4b7f7b   37b  e8d0f0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7f80   380  e8cbf0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7f85   385  e8c6f0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7f8a   38a  e8c1f0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7f8f   38f  e8bcf0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7f94   394  e8b7f0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7f99   399  e8b2f0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7f9e   39e  e8adf0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7fa3   3a3  e8a8f0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7fa8   3a8  e8a3f0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7fad   3ad  e89ef0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7fb2   3b2  e899f0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7fb7   3b7  e894f0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7fbc   3bc  e88ff0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7fc1   3c1  e88af0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7fc6   3c6  e885f0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7fcb   3cb  e880f0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7fd0   3d0  e87bf0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7fd5   3d5  e876f0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7fda   3da  e871f0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7fdf   3df  e86cf0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7fe4   3e4  e867f0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7fe9   3e9  e862f0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7fee   3ee  e85df0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7ff3   3f3  e858f0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7ff8   3f8  e853f0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b7ffd   3fd  e84ef0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8002   402  e849f0ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8007   407  90                   nop

Protected instructions:
 pc offset  land pad
       202       37b
       1f8       380
       1ee       385
       1e4       38a
       1df       38f
       1d6       394
       163       399
       15d       39e
       157       3a3
       150       3a8
       14a       3ad
       144       3b2
        bf       3b7
        b5       3bc
        af       3c1
        a5       3c6
        9f       3cb
        95       3d0
        8f       3d5
        85       3da
        7f       3df
        75       3e4
        6f       3e9
        65       3ee
        5f       3f3
        55       3f8
        50       3fd
        47       402

Source positions:
 pc offset  position
        47       369
        50       378
        55       386
        5f       395
        65       403
        6f       412
        75       420
        7f       429
        85       437
        8f       446
        95       454
        9f       463
        a5       471
        af       480
        b5       488
        bf       497
       14a       211
       150       231
       1df       211
       1e4       231
       26f         5
       2b8       190
       38a       231
       38f       211
       3a8       231
       3ad       211
       3b7       497
       3bc       488
       3c1       480
       3c6       471
       3cb       463
       3d0       454
       3d5       446
       3da       437
       3df       429
       3e4       420
       3e9       412
       3ee       403
       3f3       395
       3f8       386
       3fd       378
       402       369

Safepoints (entries = 1, byte size = 14)
0x1f3b4b7e8e    28e  slots (sp->fp): 00000000000000000000000000000000

RelocInfo (size = 36)
0x1f3b4b7e8a  wasm stub call  (0x1f3b4b72d0)
0x1f3b4b7f16  wasm stub call  (0x1f3b4b72d0)
0x1f3b4b7f7c  wasm stub call  (0x1f3b4b7050)
0x1f3b4b7f81  wasm stub call  (0x1f3b4b7050)
0x1f3b4b7f86  wasm stub call  (0x1f3b4b7050)
0x1f3b4b7f8b  wasm stub call  (0x1f3b4b7050)
0x1f3b4b7f90  wasm stub call  (0x1f3b4b7050)
0x1f3b4b7f95  wasm stub call  (0x1f3b4b7050)
0x1f3b4b7f9a  wasm stub call  (0x1f3b4b7050)
0x1f3b4b7f9f  wasm stub call  (0x1f3b4b7050)
0x1f3b4b7fa4  wasm stub call  (0x1f3b4b7050)
0x1f3b4b7fa9  wasm stub call  (0x1f3b4b7050)
0x1f3b4b7fae  wasm stub call  (0x1f3b4b7050)
0x1f3b4b7fb3  wasm stub call  (0x1f3b4b7050)
0x1f3b4b7fb8  wasm stub call  (0x1f3b4b7050)
0x1f3b4b7fbd  wasm stub call  (0x1f3b4b7050)
0x1f3b4b7fc2  wasm stub call  (0x1f3b4b7050)
0x1f3b4b7fc7  wasm stub call  (0x1f3b4b7050)
0x1f3b4b7fcc  wasm stub call  (0x1f3b4b7050)
0x1f3b4b7fd1  wasm stub call  (0x1f3b4b7050)
0x1f3b4b7fd6  wasm stub call  (0x1f3b4b7050)
0x1f3b4b7fdb  wasm stub call  (0x1f3b4b7050)
0x1f3b4b7fe0  wasm stub call  (0x1f3b4b7050)
0x1f3b4b7fe5  wasm stub call  (0x1f3b4b7050)
0x1f3b4b7fea  wasm stub call  (0x1f3b4b7050)
0x1f3b4b7fef  wasm stub call  (0x1f3b4b7050)
0x1f3b4b7ff4  wasm stub call  (0x1f3b4b7050)
0x1f3b4b7ff9  wasm stub call  (0x1f3b4b7050)
0x1f3b4b7ffe  wasm stub call  (0x1f3b4b7050)
0x1f3b4b8003  wasm stub call  (0x1f3b4b7050)

--- End code ---
--- WebAssembly code ---
name: wasm-function[3]
index: 3
kind: wasm function
compiler: Liftoff
Body (size = 1152 = 1116 + 36 padding)
Instructions (size = 1100)
0x1f3b4b8040     0  55                   push rbp
0x1f3b4b8041     1  4889e5               REX.W movq rbp,rsp
0x1f3b4b8044     4  6a08                 push 0x8
0x1f3b4b8046     6  56                   push rsi
0x1f3b4b8047     7  4881ece8000000       REX.W subq rsp,0xe8
0x1f3b4b804e     e  50                   push rax
0x1f3b4b804f     f  51                   push rcx
0x1f3b4b8050    10  57                   push rdi
0x1f3b4b8051    11  488dbd0cffffff       REX.W leaq rdi,[rbp-0xf4]
0x1f3b4b8058    18  33c0                 xorl rax,rax
0x1f3b4b805a    1a  b930000000           movl rcx,0x30
0x1f3b4b805f    1f  f3ab                 rep stosl
0x1f3b4b8061    21  5f                   pop rdi
0x1f3b4b8062    22  59                   pop rcx
0x1f3b4b8063    23  58                   pop rax
0x1f3b4b8064    24  488b7e4f             REX.W movq rdi,[rsi+0x4f]
0x1f3b4b8068    28  483b27               REX.W cmpq rsp,[rdi]
0x1f3b4b806b    2b  0f8603030000         jna 0x1f3b4b8374  <+0x334>
0x1f3b4b8071    31  8945dc               movl [rbp-0x24],rax
0x1f3b4b8074    34  8955d8               movl [rbp-0x28],rdx
0x1f3b4b8077    37  894dd4               movl [rbp-0x2c],rcx
0x1f3b4b807a    3a  895dd0               movl [rbp-0x30],rbx
0x1f3b4b807d    3d  44894dcc             movl [rbp-0x34],r9
0x1f3b4b8081    41  8b45dc               movl rax,[rbp-0x24]
0x1f3b4b8084    44  8b4dc0               movl rcx,[rbp-0x40]
0x1f3b4b8087    47  3bc1                 cmpl rax,rcx
0x1f3b4b8089    49  0f8ec7020000         jle 0x1f3b4b8356  <+0x316>
0x1f3b4b808f    4f  c5f9efc0             vpxor xmm0,xmm0,xmm0
0x1f3b4b8093    53  c5f1efc9             vpxor xmm1,xmm1,xmm1
0x1f3b4b8097    57  c5e9efd2             vpxor xmm2,xmm2,xmm2
0x1f3b4b809b    5b  c5e1efdb             vpxor xmm3,xmm3,xmm3
0x1f3b4b809f    5f  c5d9efe4             vpxor xmm4,xmm4,xmm4
0x1f3b4b80a3    63  c5d1efed             vpxor xmm5,xmm5,xmm5
0x1f3b4b80a7    67  c5c9eff6             vpxor xmm6,xmm6,xmm6
0x1f3b4b80ab    6b  c5c1efff             vpxor xmm7,xmm7,xmm7
0x1f3b4b80af    6f  8b45d4               movl rax,[rbp-0x2c]
0x1f3b4b80b2    72  8b4dd0               movl rcx,[rbp-0x30]
0x1f3b4b80b5    75  8b55d8               movl rdx,[rbp-0x28]
0x1f3b4b80b8    78  c1e205               shll rdx, 5
0x1f3b4b80bb    7b  8d1411               leal rdx,[rcx+rdx*1]
0x1f3b4b80be    7e  8945c8               movl [rbp-0x38],rax
0x1f3b4b80c1    81  894dc4               movl [rbp-0x3c],rcx
0x1f3b4b80c4    84  8955bc               movl [rbp-0x44],rdx
0x1f3b4b80c7    87  c5fa7f45ac           vmovdqu [rbp-0x54],xmm0
0x1f3b4b80cc    8c  c5fa7f4d9c           vmovdqu [rbp-0x64],xmm1
0x1f3b4b80d1    91  c5fa7f558c           vmovdqu [rbp-0x74],xmm2
0x1f3b4b80d6    96  c5fa7f9d7cffffff     vmovdqu [rbp-0x84],xmm3
0x1f3b4b80de    9e  c5fa7fa56cffffff     vmovdqu [rbp-0x94],xmm4
0x1f3b4b80e6    a6  c5fa7fad5cffffff     vmovdqu [rbp-0xa4],xmm5
0x1f3b4b80ee    ae  c5fa7fb54cffffff     vmovdqu [rbp-0xb4],xmm6
0x1f3b4b80f6    b6  c5fa7fbd3cffffff     vmovdqu [rbp-0xc4],xmm7
0x1f3b4b80fe    be  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4b8101    c1  8b4dbc               movl rcx,[rbp-0x44]
0x1f3b4b8104    c4  3bc1                 cmpl rax,rcx
0x1f3b4b8106    c6  0f833a010000         jnc 0x1f3b4b8246  <+0x206>
0x1f3b4b810c    cc  c5fa6f45ac           vmovdqu xmm0,[rbp-0x54]
0x1f3b4b8111    d1  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b8114    d4  488b4e3f             REX.W movq rcx,[rsi+0x3f]
0x1f3b4b8118    d8  c5fa6f0c01           vmovdqu xmm1,[rcx+rax*1]
0x1f3b4b811d    dd  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4b8120    e0  c5fa6f1401           vmovdqu xmm2,[rcx+rax*1]
0x1f3b4b8125    e5  c5f059da             vmulps xmm3,xmm1,xmm2
0x1f3b4b8129    e9  c5f858c3             vaddps xmm0,xmm0,xmm3
0x1f3b4b812d    ed  c5fa6f5d9c           vmovdqu xmm3,[rbp-0x64]
0x1f3b4b8132    f2  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4b8135    f5  c5fa6f640110         vmovdqu xmm4,[rcx+rax*1+0x10]
0x1f3b4b813b    fb  c5f059cc             vmulps xmm1,xmm1,xmm4
0x1f3b4b813f    ff  c5e058d9             vaddps xmm3,xmm3,xmm1
0x1f3b4b8143   103  c5fa6f4d8c           vmovdqu xmm1,[rbp-0x74]
0x1f3b4b8148   108  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b814b   10b  c5fa6f6c0110         vmovdqu xmm5,[rcx+rax*1+0x10]
0x1f3b4b8151   111  c5d059f2             vmulps xmm6,xmm5,xmm2
0x1f3b4b8155   115  c5f058ce             vaddps xmm1,xmm1,xmm6
0x1f3b4b8159   119  c5fa6fb57cffffff     vmovdqu xmm6,[rbp-0x84]
0x1f3b4b8161   121  c5d059fc             vmulps xmm7,xmm5,xmm4
0x1f3b4b8165   125  c5c858f7             vaddps xmm6,xmm6,xmm7
0x1f3b4b8169   129  c5fa6fbd6cffffff     vmovdqu xmm7,[rbp-0x94]
0x1f3b4b8171   131  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b8174   134  c5fa7f45ac           vmovdqu [rbp-0x54],xmm0
0x1f3b4b8179   139  c5fa6f440120         vmovdqu xmm0,[rcx+rax*1+0x20]
0x1f3b4b817f   13f  c5f859ea             vmulps xmm5,xmm0,xmm2
0x1f3b4b8183   143  c5c058fd             vaddps xmm7,xmm7,xmm5
0x1f3b4b8187   147  c5fa6fad5cffffff     vmovdqu xmm5,[rbp-0xa4]
0x1f3b4b818f   14f  c5fa7f4d8c           vmovdqu [rbp-0x74],xmm1
0x1f3b4b8194   154  c5f859cc             vmulps xmm1,xmm0,xmm4
0x1f3b4b8198   158  c5d058e9             vaddps xmm5,xmm5,xmm1
0x1f3b4b819c   15c  c5fa6f8d4cffffff     vmovdqu xmm1,[rbp-0xb4]
0x1f3b4b81a4   164  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b81a7   167  c5fa7f952cffffff     vmovdqu [rbp-0xd4],xmm2
0x1f3b4b81af   16f  c5fa6f540130         vmovdqu xmm2,[rcx+rax*1+0x30]
0x1f3b4b81b5   175  c5fa6f852cffffff     vmovdqu xmm0,[rbp-0xd4]
0x1f3b4b81bd   17d  c5e859c0             vmulps xmm0,xmm2,xmm0
0x1f3b4b81c1   181  c5f058c8             vaddps xmm1,xmm1,xmm0
0x1f3b4b81c5   185  c5fa6f853cffffff     vmovdqu xmm0,[rbp-0xc4]
0x1f3b4b81cd   18d  c5fa7f5d9c           vmovdqu [rbp-0x64],xmm3
0x1f3b4b81d2   192  c5e859dc             vmulps xmm3,xmm2,xmm4
0x1f3b4b81d6   196  c5f858c3             vaddps xmm0,xmm0,xmm3
0x1f3b4b81da   19a  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b81dd   19d  bac0ffffff           movl rdx,0xffffffc0
0x1f3b4b81e2   1a2  2bc2                 subl rax,rdx
0x1f3b4b81e4   1a4  8b55c4               movl rdx,[rbp-0x3c]
0x1f3b4b81e7   1a7  83c220               addl rdx,0x20
0x1f3b4b81ea   1aa  488b9eaf000000       REX.W movq rbx,[rsi+0xaf]
0x1f3b4b81f1   1b1  8b7b0c               movl rdi,[rbx+0xc]
0x1f3b4b81f4   1b4  81efed000000         subl rdi,0xed
0x1f3b4b81fa   1ba  0f88ac010000         js 0x1f3b4b83ac  <+0x36c>
0x1f3b4b8200   1c0  897b0c               movl [rbx+0xc],rdi
0x1f3b4b8203   1c3  8945c8               movl [rbp-0x38],rax
0x1f3b4b8206   1c6  8955c4               movl [rbp-0x3c],rdx
0x1f3b4b8209   1c9  c5fa7fb57cffffff     vmovdqu [rbp-0x84],xmm6
0x1f3b4b8211   1d1  c5fa7fbd6cffffff     vmovdqu [rbp-0x94],xmm7
0x1f3b4b8219   1d9  c5fa7fad5cffffff     vmovdqu [rbp-0xa4],xmm5
0x1f3b4b8221   1e1  c5fa7f8d4cffffff     vmovdqu [rbp-0xb4],xmm1
0x1f3b4b8229   1e9  c5fa7f853cffffff     vmovdqu [rbp-0xc4],xmm0
0x1f3b4b8231   1f1  c5fa7fa51cffffff     vmovdqu [rbp-0xe4],xmm4
0x1f3b4b8239   1f9  c5fa7f950cffffff     vmovdqu [rbp-0xf4],xmm2
0x1f3b4b8241   201  e9b8feffff           jmp 0x1f3b4b80fe  <+0xbe>
0x1f3b4b8246   206  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b8249   209  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b824c   20c  488b563f             REX.W movq rdx,[rsi+0x3f]
0x1f3b4b8250   210  c5fa6f040a           vmovdqu xmm0,[rdx+rcx*1]
0x1f3b4b8255   215  c5fa6f4dac           vmovdqu xmm1,[rbp-0x54]
0x1f3b4b825a   21a  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b825e   21e  c5fa7f0402           vmovdqu [rdx+rax*1],xmm0
0x1f3b4b8263   223  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b8266   226  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b8269   229  c5fa6f440a10         vmovdqu xmm0,[rdx+rcx*1+0x10]
0x1f3b4b826f   22f  c5fa6f4d9c           vmovdqu xmm1,[rbp-0x64]
0x1f3b4b8274   234  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b8278   238  c5fa7f440210         vmovdqu [rdx+rax*1+0x10],xmm0
0x1f3b4b827e   23e  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b8281   241  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b8284   244  c5fa6f440a20         vmovdqu xmm0,[rdx+rcx*1+0x20]
0x1f3b4b828a   24a  c5fa6f4d8c           vmovdqu xmm1,[rbp-0x74]
0x1f3b4b828f   24f  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b8293   253  c5fa7f440220         vmovdqu [rdx+rax*1+0x20],xmm0
0x1f3b4b8299   259  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b829c   25c  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b829f   25f  c5fa6f440a30         vmovdqu xmm0,[rdx+rcx*1+0x30]
0x1f3b4b82a5   265  c5fa6f8d7cffffff     vmovdqu xmm1,[rbp-0x84]
0x1f3b4b82ad   26d  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b82b1   271  c5fa7f440230         vmovdqu [rdx+rax*1+0x30],xmm0
0x1f3b4b82b7   277  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b82ba   27a  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b82bd   27d  c5fa6f440a40         vmovdqu xmm0,[rdx+rcx*1+0x40]
0x1f3b4b82c3   283  c5fa6f8d6cffffff     vmovdqu xmm1,[rbp-0x94]
0x1f3b4b82cb   28b  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b82cf   28f  c5fa7f440240         vmovdqu [rdx+rax*1+0x40],xmm0
0x1f3b4b82d5   295  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b82d8   298  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b82db   29b  c5fa6f440a50         vmovdqu xmm0,[rdx+rcx*1+0x50]
0x1f3b4b82e1   2a1  c5fa6f8d5cffffff     vmovdqu xmm1,[rbp-0xa4]
0x1f3b4b82e9   2a9  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b82ed   2ad  c5fa7f440250         vmovdqu [rdx+rax*1+0x50],xmm0
0x1f3b4b82f3   2b3  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b82f6   2b6  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b82f9   2b9  c5fa6f440a60         vmovdqu xmm0,[rdx+rcx*1+0x60]
0x1f3b4b82ff   2bf  c5fa6f8d4cffffff     vmovdqu xmm1,[rbp-0xb4]
0x1f3b4b8307   2c7  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b830b   2cb  c5fa7f440260         vmovdqu [rdx+rax*1+0x60],xmm0
0x1f3b4b8311   2d1  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b8314   2d4  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b8317   2d7  c5fa6f440a70         vmovdqu xmm0,[rdx+rcx*1+0x70]
0x1f3b4b831d   2dd  c5fa6f8d3cffffff     vmovdqu xmm1,[rbp-0xc4]
0x1f3b4b8325   2e5  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b8329   2e9  c5fa7f440270         vmovdqu [rdx+rax*1+0x70],xmm0
0x1f3b4b832f   2ef  8b45c0               movl rax,[rbp-0x40]
0x1f3b4b8332   2f2  83c001               addl rax,0x1
0x1f3b4b8335   2f5  488b8eaf000000       REX.W movq rcx,[rsi+0xaf]
0x1f3b4b833c   2fc  8b590c               movl rbx,[rcx+0xc]
0x1f3b4b833f   2ff  81ebb5020000         subl rbx,0x2b5
0x1f3b4b8345   305  0f881f010000         js 0x1f3b4b846a  <+0x42a>
0x1f3b4b834b   30b  89590c               movl [rcx+0xc],rbx
0x1f3b4b834e   30e  8945c0               movl [rbp-0x40],rax
0x1f3b4b8351   311  e92bfdffff           jmp 0x1f3b4b8081  <+0x41>
0x1f3b4b8356   316  488b86af000000       REX.W movq rax,[rsi+0xaf]
0x1f3b4b835d   31d  8b480c               movl rcx,[rax+0xc]
0x1f3b4b8360   320  81e916030000         subl rcx,0x316
0x1f3b4b8366   326  0f8810010000         js 0x1f3b4b847c  <+0x43c>
0x1f3b4b836c   32c  89480c               movl [rax+0xc],rcx
0x1f3b4b836f   32f  488be5               REX.W movq rsp,rbp
0x1f3b4b8372   332  5d                   pop rbp
0x1f3b4b8373   333  c3                   retl
0x1f3b4b8374   334  50                   push rax
0x1f3b4b8375   335  51                   push rcx
0x1f3b4b8376   336  52                   push rdx
0x1f3b4b8377   337  53                   push rbx
0x1f3b4b8378   338  4151                 push r9
0x1f3b4b837a   33a  e851efffff           call 0x1f3b4b72d0  (jump table)
0x1f3b4b837f   33f  4159                 pop r9
0x1f3b4b8381   341  5b                   pop rbx
0x1f3b4b8382   342  5a                   pop rdx
0x1f3b4b8383   343  59                   pop rcx
0x1f3b4b8384   344  58                   pop rax
0x1f3b4b8385   345  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4b8389   349  e9e3fcffff           jmp 0x1f3b4b8071  <+0x31>
0x1f3b4b838e   34e  e8bdecffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8393   353  e8b8ecffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8398   358  e8b3ecffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b839d   35d  e8aeecffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b83a2   362  e8a9ecffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b83a7   367  e8a4ecffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b83ac   36c  50                   push rax
0x1f3b4b83ad   36d  51                   push rcx
0x1f3b4b83ae   36e  52                   push rdx
0x1f3b4b83af   36f  4883ec70             REX.W subq rsp,0x70
0x1f3b4b83b3   373  c5fa7f0424           vmovdqu [rsp],xmm0
0x1f3b4b83b8   378  c5fa7f4c2410         vmovdqu [rsp+0x10],xmm1
0x1f3b4b83be   37e  c5fa7f542420         vmovdqu [rsp+0x20],xmm2
0x1f3b4b83c4   384  c5fa7f642430         vmovdqu [rsp+0x30],xmm4
0x1f3b4b83ca   38a  c5fa7f6c2440         vmovdqu [rsp+0x40],xmm5
0x1f3b4b83d0   390  c5fa7f742450         vmovdqu [rsp+0x50],xmm6
0x1f3b4b83d6   396  c5fa7f7c2460         vmovdqu [rsp+0x60],xmm7
0x1f3b4b83dc   39c  e87fedffff           call 0x1f3b4b7160  (jump table)
0x1f3b4b83e1   3a1  c5fa6f0424           vmovdqu xmm0,[rsp]
0x1f3b4b83e6   3a6  c5fa6f4c2410         vmovdqu xmm1,[rsp+0x10]
0x1f3b4b83ec   3ac  c5fa6f542420         vmovdqu xmm2,[rsp+0x20]
0x1f3b4b83f2   3b2  c5fa6f642430         vmovdqu xmm4,[rsp+0x30]
0x1f3b4b83f8   3b8  c5fa6f6c2440         vmovdqu xmm5,[rsp+0x40]
0x1f3b4b83fe   3be  c5fa6f742450         vmovdqu xmm6,[rsp+0x50]
0x1f3b4b8404   3c4  c5fa6f7c2460         vmovdqu xmm7,[rsp+0x60]
0x1f3b4b840a   3ca  4883c470             REX.W addq rsp,0x70
0x1f3b4b840e   3ce  5a                   pop rdx
0x1f3b4b840f   3cf  59                   pop rcx
0x1f3b4b8410   3d0  58                   pop rax
0x1f3b4b8411   3d1  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4b8415   3d5  e9e9fdffff           jmp 0x1f3b4b8203  <+0x1c3>
0x1f3b4b841a   3da  e831ecffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b841f   3df  e82cecffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8424   3e4  e827ecffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8429   3e9  e822ecffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b842e   3ee  e81decffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8433   3f3  e818ecffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8438   3f8  e813ecffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b843d   3fd  e80eecffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8442   402  e809ecffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8447   407  e804ecffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b844c   40c  e8ffebffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8451   411  e8faebffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8456   416  e8f5ebffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b845b   41b  e8f0ebffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8460   420  e8ebebffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8465   425  e8e6ebffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b846a   42a  50                   push rax
0x1f3b4b846b   42b  52                   push rdx
0x1f3b4b846c   42c  e8efecffff           call 0x1f3b4b7160  (jump table)
0x1f3b4b8471   431  5a                   pop rdx
0x1f3b4b8472   432  58                   pop rax
0x1f3b4b8473   433  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4b8477   437  e9d2feffff           jmp 0x1f3b4b834e  <+0x30e>
0x1f3b4b847c   43c  e8dfecffff           call 0x1f3b4b7160  (jump table)
0x1f3b4b8481   441  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4b8485   445  e9e5feffff           jmp 0x1f3b4b836f  <+0x32f>
0x1f3b4b848a   44a  6690                 nop

Protected instructions:
 pc offset  land pad
        d8       34e
        e0       353
        f5       358
       10b       35d
       139       362
       16f       367
       210       3da
       21e       3df
       229       3e4
       238       3e9
       244       3ee
       253       3f3
       25f       3f8
       271       3fd
       27d       402
       28f       407
       29b       40c
       2ad       411
       2b9       416
       2cb       41b
       2d7       420
       2e9       425

Source positions:
 pc offset  position
       33a         0  statement
       34e       203  statement
       353       211  statement
       358       231  statement
       35d       249  statement
       362       283  statement
       367       317  statement
       39c       361  statement
       3da       369  statement
       3df       378  statement
       3e4       386  statement
       3e9       395  statement
       3ee       403  statement
       3f3       412  statement
       3f8       420  statement
       3fd       429  statement
       402       437  statement
       407       446  statement
       40c       454  statement
       411       463  statement
       416       471  statement
       41b       480  statement
       420       488  statement
       425       497  statement
       42c       508  statement
       43c       512  statement

Safepoints (entries = 1, byte size = 15)
0x1f3b4b837f    33f  slots (sp->fp): 0000000000000000000000000000000000000000

RelocInfo (size = 0)

--- End code ---
--- WebAssembly code ---
name: wasm-function[3]
index: 3
kind: wasm function
compiler: TurboFan
Body (size = 1088 = 1080 + 8 padding)
Instructions (size = 1064)
0x1f3b4b84c0     0  55                   push rbp
0x1f3b4b84c1     1  4889e5               REX.W movq rbp,rsp
0x1f3b4b84c4     4  6a08                 push 0x8
0x1f3b4b84c6     6  56                   push rsi
0x1f3b4b84c7     7  4881ecd8000000       REX.W subq rsp,0xd8
0x1f3b4b84ce     e  488b7e3f             REX.W movq rdi,[rsi+0x3f]
0x1f3b4b84d2    12  488b764f             REX.W movq rsi,[rsi+0x4f]
0x1f3b4b84d6    16  48898518ffffff       REX.W movq [rbp-0xe8],rax
0x1f3b4b84dd    1d  4533c0               xorl r8,r8
0x1f3b4b84e0    20  e9a0000000           jmp 0x1f3b4b8585  <+0xc5>
0x1f3b4b84e5    25  660f1f840000000000   nop
0x1f3b4b84ee    2e  660f1f840000000000   nop
0x1f3b4b84f7    37  660f1f840000000000   nop
0x1f3b4b8500    40  4183c001             addl r8,0x1
0x1f3b4b8504    44  418bc1               movl rax,r9
0x1f3b4b8507    47  c57a6f0407           vmovdqu xmm8,[rdi+rax*1]
0x1f3b4b850c    4c  c5b858ff             vaddps xmm7,xmm8,xmm7
0x1f3b4b8510    50  c5fa7f3c07           vmovdqu [rdi+rax*1],xmm7
0x1f3b4b8515    55  c5fa6f7c0710         vmovdqu xmm7,[rdi+rax*1+0x10]
0x1f3b4b851b    5b  c5c058f6             vaddps xmm6,xmm7,xmm6
0x1f3b4b851f    5f  c5fa7f743810         vmovdqu [rax+rdi*1+0x10],xmm6
0x1f3b4b8525    65  c5fa6f740720         vmovdqu xmm6,[rdi+rax*1+0x20]
0x1f3b4b852b    6b  c5c858ed             vaddps xmm5,xmm6,xmm5
0x1f3b4b852f    6f  c5fa7f6c3820         vmovdqu [rax+rdi*1+0x20],xmm5
0x1f3b4b8535    75  c5fa6f6c0730         vmovdqu xmm5,[rdi+rax*1+0x30]
0x1f3b4b853b    7b  c5d058e4             vaddps xmm4,xmm5,xmm4
0x1f3b4b853f    7f  c5fa7f643830         vmovdqu [rax+rdi*1+0x30],xmm4
0x1f3b4b8545    85  c5fa6f640740         vmovdqu xmm4,[rdi+rax*1+0x40]
0x1f3b4b854b    8b  c5d858db             vaddps xmm3,xmm4,xmm3
0x1f3b4b854f    8f  c5fa7f5c3840         vmovdqu [rax+rdi*1+0x40],xmm3
0x1f3b4b8555    95  c5fa6f5c0750         vmovdqu xmm3,[rdi+rax*1+0x50]
0x1f3b4b855b    9b  c5e058d2             vaddps xmm2,xmm3,xmm2
0x1f3b4b855f    9f  c5fa7f543850         vmovdqu [rax+rdi*1+0x50],xmm2
0x1f3b4b8565    a5  c5fa6f540760         vmovdqu xmm2,[rdi+rax*1+0x60]
0x1f3b4b856b    ab  c5e858c9             vaddps xmm1,xmm2,xmm1
0x1f3b4b856f    af  c5fa7f4c3860         vmovdqu [rax+rdi*1+0x60],xmm1
0x1f3b4b8575    b5  c5fa6f4c0770         vmovdqu xmm1,[rdi+rax*1+0x70]
0x1f3b4b857b    bb  c5f058c0             vaddps xmm0,xmm1,xmm0
0x1f3b4b857f    bf  c5fa7f443870         vmovdqu [rax+rdi*1+0x70],xmm0
0x1f3b4b8585    c5  483b26               REX.W cmpq rsp,[rsi]
0x1f3b4b8588    c8  0f8699010000         jna 0x1f3b4b8727  <+0x267>
0x1f3b4b858e    ce  443b8518ffffff       cmpl r8,[rbp-0xe8]
0x1f3b4b8595    d5  0f8d87010000         jge 0x1f3b4b8722  <+0x262>
0x1f3b4b859b    db  c5f9efc0             vpxor xmm0,xmm0,xmm0
0x1f3b4b859f    df  448bda               movl r11,rdx
0x1f3b4b85a2    e2  41c1e305             shll r11, 5
0x1f3b4b85a6    e6  4403db               addl r11,rbx
0x1f3b4b85a9    e9  448be1               movl r12,rcx
0x1f3b4b85ac    ec  c5f928c8             vmovapd xmm1,xmm0
0x1f3b4b85b0    f0  c5f928d0             vmovapd xmm2,xmm0
0x1f3b4b85b4    f4  c5f928d8             vmovapd xmm3,xmm0
0x1f3b4b85b8    f8  c5f928e0             vmovapd xmm4,xmm0
0x1f3b4b85bc    fc  c5f928e8             vmovapd xmm5,xmm0
0x1f3b4b85c0   100  c5f928f0             vmovapd xmm6,xmm0
0x1f3b4b85c4   104  c5f928f8             vmovapd xmm7,xmm0
0x1f3b4b85c8   108  448bfb               movl r15,rbx
0x1f3b4b85cb   10b  e9b2000000           jmp 0x1f3b4b8682  <+0x1c2>
0x1f3b4b85d0   110  660f1f840000000000   nop
0x1f3b4b85d9   119  660f1f840000000000   nop
0x1f3b4b85e2   122  660f1f840000000000   nop
0x1f3b4b85eb   12b  660f1f840000000000   nop
0x1f3b4b85f4   134  660f1f840000000000   nop
0x1f3b4b85fd   13d  0f1f00               nop
0x1f3b4b8600   140  4183c440             addl r12,0x40
0x1f3b4b8604   144  c4217a6f0427         vmovdqu xmm8,[rdi+r12*1]
0x1f3b4b860a   14a  c57a6f0c07           vmovdqu xmm9,[rdi+rax*1]
0x1f3b4b860f   14f  c57a6f540710         vmovdqu xmm10,[rdi+rax*1+0x10]
0x1f3b4b8615   155  c4217a6f5c2710       vmovdqu xmm11,[rdi+r12*1+0x10]
0x1f3b4b861c   15c  c4217a6f642720       vmovdqu xmm12,[rdi+r12*1+0x20]
0x1f3b4b8623   163  c4217a6f6c2730       vmovdqu xmm13,[rdi+r12*1+0x30]
0x1f3b4b862a   16a  c4411059f2           vmulps xmm14,xmm13,xmm10
0x1f3b4b862f   16f  c4c17858c6           vaddps xmm0,xmm0,xmm14
0x1f3b4b8634   174  c4411059e9           vmulps xmm13,xmm13,xmm9
0x1f3b4b8639   179  c4c17058cd           vaddps xmm1,xmm1,xmm13
0x1f3b4b863e   17e  c4411859ea           vmulps xmm13,xmm12,xmm10
0x1f3b4b8643   183  c4c16858d5           vaddps xmm2,xmm2,xmm13
0x1f3b4b8648   188  c4411859e1           vmulps xmm12,xmm12,xmm9
0x1f3b4b864d   18d  c4c16058dc           vaddps xmm3,xmm3,xmm12
0x1f3b4b8652   192  c4412059e2           vmulps xmm12,xmm11,xmm10
0x1f3b4b8657   197  c4c15858e4           vaddps xmm4,xmm4,xmm12
0x1f3b4b865c   19c  c4412059d9           vmulps xmm11,xmm11,xmm9
0x1f3b4b8661   1a1  c4c15058eb           vaddps xmm5,xmm5,xmm11
0x1f3b4b8666   1a6  c4413859d2           vmulps xmm10,xmm8,xmm10
0x1f3b4b866b   1ab  c4c14858f2           vaddps xmm6,xmm6,xmm10
0x1f3b4b8670   1b0  c4413859c1           vmulps xmm8,xmm8,xmm9
0x1f3b4b8675   1b5  c4c14058f8           vaddps xmm7,xmm7,xmm8
0x1f3b4b867a   1ba  448d7820             leal r15,[rax+0x20]
0x1f3b4b867e   1be  4183c440             addl r12,0x40
0x1f3b4b8682   1c2  483b26               REX.W cmpq rsp,[rsi]
0x1f3b4b8685   1c5  0f86f3000000         jna 0x1f3b4b877e  <+0x2be>
0x1f3b4b868b   1cb  453bfb               cmpl r15,r11
0x1f3b4b868e   1ce  0f836cfeffff         jnc 0x1f3b4b8500  <+0x40>
0x1f3b4b8694   1d4  4589e6               movl r14,r12
0x1f3b4b8697   1d7  c4217a6f0437         vmovdqu xmm8,[rdi+r14*1]
0x1f3b4b869d   1dd  418bc7               movl rax,r15
0x1f3b4b86a0   1e0  c57a6f0c07           vmovdqu xmm9,[rdi+rax*1]
0x1f3b4b86a5   1e5  c57a6f540710         vmovdqu xmm10,[rdi+rax*1+0x10]
0x1f3b4b86ab   1eb  c4217a6f5c3710       vmovdqu xmm11,[rdi+r14*1+0x10]
0x1f3b4b86b2   1f2  c4217a6f643720       vmovdqu xmm12,[rdi+r14*1+0x20]
0x1f3b4b86b9   1f9  c4217a6f6c3730       vmovdqu xmm13,[rdi+r14*1+0x30]
0x1f3b4b86c0   200  418d4720             leal rax,[r15+0x20]
0x1f3b4b86c4   204  c4411059f2           vmulps xmm14,xmm13,xmm10
0x1f3b4b86c9   209  c4c17858c6           vaddps xmm0,xmm0,xmm14
0x1f3b4b86ce   20e  c4411059e9           vmulps xmm13,xmm13,xmm9
0x1f3b4b86d3   213  c4c17058cd           vaddps xmm1,xmm1,xmm13
0x1f3b4b86d8   218  c4411859ea           vmulps xmm13,xmm12,xmm10
0x1f3b4b86dd   21d  c4c16858d5           vaddps xmm2,xmm2,xmm13
0x1f3b4b86e2   222  c4411859e1           vmulps xmm12,xmm12,xmm9
0x1f3b4b86e7   227  c4c16058dc           vaddps xmm3,xmm3,xmm12
0x1f3b4b86ec   22c  c4412059e2           vmulps xmm12,xmm11,xmm10
0x1f3b4b86f1   231  c4c15858e4           vaddps xmm4,xmm4,xmm12
0x1f3b4b86f6   236  c4412059d9           vmulps xmm11,xmm11,xmm9
0x1f3b4b86fb   23b  c4c15058eb           vaddps xmm5,xmm5,xmm11
0x1f3b4b8700   240  c4413859d2           vmulps xmm10,xmm8,xmm10
0x1f3b4b8705   245  c4c14858f2           vaddps xmm6,xmm6,xmm10
0x1f3b4b870a   24a  c4413859c1           vmulps xmm8,xmm8,xmm9
0x1f3b4b870f   24f  c4c14058f8           vaddps xmm7,xmm7,xmm8
0x1f3b4b8714   254  413bc3               cmpl rax,r11
0x1f3b4b8717   257  0f83e3fdffff         jnc 0x1f3b4b8500  <+0x40>
0x1f3b4b871d   25d  e9defeffff           jmp 0x1f3b4b8600  <+0x140>
0x1f3b4b8722   262  488be5               REX.W movq rsp,rbp
0x1f3b4b8725   265  5d                   pop rbp
0x1f3b4b8726   266  c3                   retl
0x1f3b4b8727   267  48897de8             REX.W movq [rbp-0x18],rdi
0x1f3b4b872b   26b  4c894de0             REX.W movq [rbp-0x20],r9
0x1f3b4b872f   26f  4c8945d8             REX.W movq [rbp-0x28],r8
0x1f3b4b8733   273  4889b538ffffff       REX.W movq [rbp-0xc8],rsi
0x1f3b4b873a   27a  48899d30ffffff       REX.W movq [rbp-0xd0],rbx
0x1f3b4b8741   281  48898d28ffffff       REX.W movq [rbp-0xd8],rcx
0x1f3b4b8748   288  48899520ffffff       REX.W movq [rbp-0xe0],rdx
0x1f3b4b874f   28f  e87cebffff           call 0x1f3b4b72d0  (jump table)
0x1f3b4b8754   294  488b7de8             REX.W movq rdi,[rbp-0x18]
0x1f3b4b8758   298  448b4de0             movl r9,[rbp-0x20]
0x1f3b4b875c   29c  448b45d8             movl r8,[rbp-0x28]
0x1f3b4b8760   2a0  488bb538ffffff       REX.W movq rsi,[rbp-0xc8]
0x1f3b4b8767   2a7  8b9d30ffffff         movl rbx,[rbp-0xd0]
0x1f3b4b876d   2ad  8b8d28ffffff         movl rcx,[rbp-0xd8]
0x1f3b4b8773   2b3  8b9520ffffff         movl rdx,[rbp-0xe0]
0x1f3b4b8779   2b9  e910feffff           jmp 0x1f3b4b858e  <+0xce>
0x1f3b4b877e   2be  48897de8             REX.W movq [rbp-0x18],rdi
0x1f3b4b8782   2c2  4c894de0             REX.W movq [rbp-0x20],r9
0x1f3b4b8786   2c6  4c8945d8             REX.W movq [rbp-0x28],r8
0x1f3b4b878a   2ca  c5f81145c0           vmovups [rbp-0x40],xmm0
0x1f3b4b878f   2cf  c5f8114db0           vmovups [rbp-0x50],xmm1
0x1f3b4b8794   2d4  c5f81155a0           vmovups [rbp-0x60],xmm2
0x1f3b4b8799   2d9  c5f8115d90           vmovups [rbp-0x70],xmm3
0x1f3b4b879e   2de  c5f8116580           vmovups [rbp-0x80],xmm4
0x1f3b4b87a3   2e3  c5f811ad70ffffff     vmovups [rbp-0x90],xmm5
0x1f3b4b87ab   2eb  c5f811b560ffffff     vmovups [rbp-0xa0],xmm6
0x1f3b4b87b3   2f3  c5f811bd50ffffff     vmovups [rbp-0xb0],xmm7
0x1f3b4b87bb   2fb  4c8965d0             REX.W movq [rbp-0x30],r12
0x1f3b4b87bf   2ff  4c899d48ffffff       REX.W movq [rbp-0xb8],r11
0x1f3b4b87c6   306  4c89bd40ffffff       REX.W movq [rbp-0xc0],r15
0x1f3b4b87cd   30d  4889b538ffffff       REX.W movq [rbp-0xc8],rsi
0x1f3b4b87d4   314  48899d30ffffff       REX.W movq [rbp-0xd0],rbx
0x1f3b4b87db   31b  48898d28ffffff       REX.W movq [rbp-0xd8],rcx
0x1f3b4b87e2   322  48899520ffffff       REX.W movq [rbp-0xe0],rdx
0x1f3b4b87e9   329  e8e2eaffff           call 0x1f3b4b72d0  (jump table)
0x1f3b4b87ee   32e  488b7de8             REX.W movq rdi,[rbp-0x18]
0x1f3b4b87f2   332  448b4de0             movl r9,[rbp-0x20]
0x1f3b4b87f6   336  448b45d8             movl r8,[rbp-0x28]
0x1f3b4b87fa   33a  c5f81045c0           vmovups xmm0,[rbp-0x40]
0x1f3b4b87ff   33f  c5f8104db0           vmovups xmm1,[rbp-0x50]
0x1f3b4b8804   344  c5f81055a0           vmovups xmm2,[rbp-0x60]
0x1f3b4b8809   349  c5f8105d90           vmovups xmm3,[rbp-0x70]
0x1f3b4b880e   34e  c5f8106580           vmovups xmm4,[rbp-0x80]
0x1f3b4b8813   353  c5f810ad70ffffff     vmovups xmm5,[rbp-0x90]
0x1f3b4b881b   35b  c5f810b560ffffff     vmovups xmm6,[rbp-0xa0]
0x1f3b4b8823   363  c5f810bd50ffffff     vmovups xmm7,[rbp-0xb0]
0x1f3b4b882b   36b  448b65d0             movl r12,[rbp-0x30]
0x1f3b4b882f   36f  448b9d48ffffff       movl r11,[rbp-0xb8]
0x1f3b4b8836   376  448bbd40ffffff       movl r15,[rbp-0xc0]
0x1f3b4b883d   37d  488bb538ffffff       REX.W movq rsi,[rbp-0xc8]
0x1f3b4b8844   384  8b9d30ffffff         movl rbx,[rbp-0xd0]
0x1f3b4b884a   38a  8b8d28ffffff         movl rcx,[rbp-0xd8]
0x1f3b4b8850   390  8b9520ffffff         movl rdx,[rbp-0xe0]
0x1f3b4b8856   396  e930feffff           jmp 0x1f3b4b868b  <+0x1cb>
0x1f3b4b885b   39b  e8f0e7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8860   3a0  e8ebe7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8865   3a5  e8e6e7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b886a   3aa  e8e1e7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b886f   3af  e8dce7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8874   3b4  e8d7e7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8879   3b9  e8d2e7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b887e   3be  e8cde7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8883   3c3  e8c8e7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8888   3c8  e8c3e7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b888d   3cd  e8bee7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8892   3d2  e8b9e7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8897   3d7  e8b4e7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b889c   3dc  e8afe7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b88a1   3e1  e8aae7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b88a6   3e6  e8a5e7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b88ab   3eb  e8a0e7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b88b0   3f0  e89be7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b88b5   3f5  e896e7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b88ba   3fa  e891e7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b88bf   3ff  e88ce7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b88c4   404  e887e7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b88c9   409  e882e7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b88ce   40e  e87de7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b88d3   413  e878e7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b88d8   418  e873e7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b88dd   41d  e86ee7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b88e2   422  e869e7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b88e7   427  90                   nop

Protected instructions:
 pc offset  land pad
       1f9       39b
       1f2       3a0
       1eb       3a5
       1e5       3aa
       1e0       3af
       1d7       3b4
       163       3b9
       15c       3be
       155       3c3
       14f       3c8
       14a       3cd
       144       3d2
        bf       3d7
        b5       3dc
        af       3e1
        a5       3e6
        9f       3eb
        95       3f0
        8f       3f5
        85       3fa
        7f       3ff
        75       404
        6f       409
        65       40e
        5f       413
        55       418
        50       41d
        47       422

Source positions:
 pc offset  position
        47       369
        50       378
        55       386
        5f       395
        65       403
        6f       412
        75       420
        7f       429
        85       437
        8f       446
        95       454
        9f       463
        a5       471
        af       480
        b5       488
        bf       497
       144       203
       14a       211
       14f       231
       155       249
       15c       283
       163       317
       1d7       203
       1e0       211
       1e5       231
       1eb       249
       1f2       283
       1f9       317
       267         5
       2be       190
       39b       317
       3a0       283
       3a5       249
       3aa       231
       3af       211
       3b4       203
       3b9       317
       3be       283
       3c3       249
       3c8       231
       3cd       211
       3d2       203
       3d7       497
       3dc       488
       3e1       480
       3e6       471
       3eb       463
       3f0       454
       3f5       446
       3fa       437
       3ff       429
       404       420
       409       412
       40e       403
       413       395
       418       386
       41d       378
       422       369

Safepoints (entries = 1, byte size = 14)
0x1f3b4b8754    294  slots (sp->fp): 00000000000000000000000000000000

RelocInfo (size = 36)
0x1f3b4b8750  wasm stub call  (0x1f3b4b72d0)
0x1f3b4b87ea  wasm stub call  (0x1f3b4b72d0)
0x1f3b4b885c  wasm stub call  (0x1f3b4b7050)
0x1f3b4b8861  wasm stub call  (0x1f3b4b7050)
0x1f3b4b8866  wasm stub call  (0x1f3b4b7050)
0x1f3b4b886b  wasm stub call  (0x1f3b4b7050)
0x1f3b4b8870  wasm stub call  (0x1f3b4b7050)
0x1f3b4b8875  wasm stub call  (0x1f3b4b7050)
0x1f3b4b887a  wasm stub call  (0x1f3b4b7050)
0x1f3b4b887f  wasm stub call  (0x1f3b4b7050)
0x1f3b4b8884  wasm stub call  (0x1f3b4b7050)
0x1f3b4b8889  wasm stub call  (0x1f3b4b7050)
0x1f3b4b888e  wasm stub call  (0x1f3b4b7050)
0x1f3b4b8893  wasm stub call  (0x1f3b4b7050)
0x1f3b4b8898  wasm stub call  (0x1f3b4b7050)
0x1f3b4b889d  wasm stub call  (0x1f3b4b7050)
0x1f3b4b88a2  wasm stub call  (0x1f3b4b7050)
0x1f3b4b88a7  wasm stub call  (0x1f3b4b7050)
0x1f3b4b88ac  wasm stub call  (0x1f3b4b7050)
0x1f3b4b88b1  wasm stub call  (0x1f3b4b7050)
0x1f3b4b88b6  wasm stub call  (0x1f3b4b7050)
0x1f3b4b88bb  wasm stub call  (0x1f3b4b7050)
0x1f3b4b88c0  wasm stub call  (0x1f3b4b7050)
0x1f3b4b88c5  wasm stub call  (0x1f3b4b7050)
0x1f3b4b88ca  wasm stub call  (0x1f3b4b7050)
0x1f3b4b88cf  wasm stub call  (0x1f3b4b7050)
0x1f3b4b88d4  wasm stub call  (0x1f3b4b7050)
0x1f3b4b88d9  wasm stub call  (0x1f3b4b7050)
0x1f3b4b88de  wasm stub call  (0x1f3b4b7050)
0x1f3b4b88e3  wasm stub call  (0x1f3b4b7050)

--- End code ---
--- WebAssembly code ---
name: wasm-function[6]
index: 6
kind: wasm function
compiler: Liftoff
Body (size = 1408 = 1352 + 56 padding)
Instructions (size = 1336)
0x1f3b4b8900     0  55                   push rbp
0x1f3b4b8901     1  4889e5               REX.W movq rbp,rsp
0x1f3b4b8904     4  6a08                 push 0x8
0x1f3b4b8906     6  56                   push rsi
0x1f3b4b8907     7  4881ec18010000       REX.W subq rsp,0x118
0x1f3b4b890e     e  50                   push rax
0x1f3b4b890f     f  51                   push rcx
0x1f3b4b8910    10  57                   push rdi
0x1f3b4b8911    11  488dbddcfeffff       REX.W leaq rdi,[rbp-0x124]
0x1f3b4b8918    18  33c0                 xorl rax,rax
0x1f3b4b891a    1a  b93c000000           movl rcx,0x3c
0x1f3b4b891f    1f  f3ab                 rep stosl
0x1f3b4b8921    21  5f                   pop rdi
0x1f3b4b8922    22  59                   pop rcx
0x1f3b4b8923    23  58                   pop rax
0x1f3b4b8924    24  488b7e4f             REX.W movq rdi,[rsi+0x4f]
0x1f3b4b8928    28  483b27               REX.W cmpq rsp,[rdi]
0x1f3b4b892b    2b  0f86d1030000         jna 0x1f3b4b8d02  <+0x402>
0x1f3b4b8931    31  8945dc               movl [rbp-0x24],rax
0x1f3b4b8934    34  8955d8               movl [rbp-0x28],rdx
0x1f3b4b8937    37  894dd4               movl [rbp-0x2c],rcx
0x1f3b4b893a    3a  895dd0               movl [rbp-0x30],rbx
0x1f3b4b893d    3d  44894dcc             movl [rbp-0x34],r9
0x1f3b4b8941    41  8b45dc               movl rax,[rbp-0x24]
0x1f3b4b8944    44  8b4dc0               movl rcx,[rbp-0x40]
0x1f3b4b8947    47  3bc1                 cmpl rax,rcx
0x1f3b4b8949    49  0f8e95030000         jle 0x1f3b4b8ce4  <+0x3e4>
0x1f3b4b894f    4f  c5f9efc0             vpxor xmm0,xmm0,xmm0
0x1f3b4b8953    53  c5f1efc9             vpxor xmm1,xmm1,xmm1
0x1f3b4b8957    57  c5e9efd2             vpxor xmm2,xmm2,xmm2
0x1f3b4b895b    5b  c5e1efdb             vpxor xmm3,xmm3,xmm3
0x1f3b4b895f    5f  c5d9efe4             vpxor xmm4,xmm4,xmm4
0x1f3b4b8963    63  c5d1efed             vpxor xmm5,xmm5,xmm5
0x1f3b4b8967    67  c5c9eff6             vpxor xmm6,xmm6,xmm6
0x1f3b4b896b    6b  c5c1efff             vpxor xmm7,xmm7,xmm7
0x1f3b4b896f    6f  8b45d4               movl rax,[rbp-0x2c]
0x1f3b4b8972    72  8b4dd0               movl rcx,[rbp-0x30]
0x1f3b4b8975    75  8b55d8               movl rdx,[rbp-0x28]
0x1f3b4b8978    78  c1e205               shll rdx, 5
0x1f3b4b897b    7b  8d1411               leal rdx,[rcx+rdx*1]
0x1f3b4b897e    7e  8945c8               movl [rbp-0x38],rax
0x1f3b4b8981    81  894dc4               movl [rbp-0x3c],rcx
0x1f3b4b8984    84  8955bc               movl [rbp-0x44],rdx
0x1f3b4b8987    87  c5fa7f45ac           vmovdqu [rbp-0x54],xmm0
0x1f3b4b898c    8c  c5fa7f4d9c           vmovdqu [rbp-0x64],xmm1
0x1f3b4b8991    91  c5fa7f558c           vmovdqu [rbp-0x74],xmm2
0x1f3b4b8996    96  c5fa7f9d7cffffff     vmovdqu [rbp-0x84],xmm3
0x1f3b4b899e    9e  c5fa7fa56cffffff     vmovdqu [rbp-0x94],xmm4
0x1f3b4b89a6    a6  c5fa7fad5cffffff     vmovdqu [rbp-0xa4],xmm5
0x1f3b4b89ae    ae  c5fa7fb54cffffff     vmovdqu [rbp-0xb4],xmm6
0x1f3b4b89b6    b6  c5fa7fbd3cffffff     vmovdqu [rbp-0xc4],xmm7
0x1f3b4b89be    be  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4b89c1    c1  8b4dbc               movl rcx,[rbp-0x44]
0x1f3b4b89c4    c4  3bc1                 cmpl rax,rcx
0x1f3b4b89c6    c6  0f8308020000         jnc 0x1f3b4b8bd4  <+0x2d4>
0x1f3b4b89cc    cc  c5fa6f45ac           vmovdqu xmm0,[rbp-0x54]
0x1f3b4b89d1    d1  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b89d4    d4  488b4e3f             REX.W movq rcx,[rsi+0x3f]
0x1f3b4b89d8    d8  c4e279180c01         vbroadcastss xmm1,[rcx+rax*1]
0x1f3b4b89de    de  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4b89e1    e1  c5fa6f1401           vmovdqu xmm2,[rcx+rax*1]
0x1f3b4b89e6    e6  c5f059da             vmulps xmm3,xmm1,xmm2
0x1f3b4b89ea    ea  c5f858c3             vaddps xmm0,xmm0,xmm3
0x1f3b4b89ee    ee  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b89f1    f1  c4e279185c0110       vbroadcastss xmm3,[rcx+rax*1+0x10]
0x1f3b4b89f8    f8  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4b89fb    fb  c5fa6f640120         vmovdqu xmm4,[rcx+rax*1+0x20]
0x1f3b4b8a01   101  c5e059ec             vmulps xmm5,xmm3,xmm4
0x1f3b4b8a05   105  c5f858c5             vaddps xmm0,xmm0,xmm5
0x1f3b4b8a09   109  c5fa6f6d9c           vmovdqu xmm5,[rbp-0x64]
0x1f3b4b8a0e   10e  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4b8a11   111  c5fa6f740110         vmovdqu xmm6,[rcx+rax*1+0x10]
0x1f3b4b8a17   117  c5f059ce             vmulps xmm1,xmm1,xmm6
0x1f3b4b8a1b   11b  c5d058e9             vaddps xmm5,xmm5,xmm1
0x1f3b4b8a1f   11f  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4b8a22   122  c5fa6f4c0130         vmovdqu xmm1,[rcx+rax*1+0x30]
0x1f3b4b8a28   128  c5e059d9             vmulps xmm3,xmm3,xmm1
0x1f3b4b8a2c   12c  c5d058eb             vaddps xmm5,xmm5,xmm3
0x1f3b4b8a30   130  c5fa6f5d8c           vmovdqu xmm3,[rbp-0x74]
0x1f3b4b8a35   135  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b8a38   138  c4e279187c0104       vbroadcastss xmm7,[rcx+rax*1+0x4]
0x1f3b4b8a3f   13f  c5fa7f45ac           vmovdqu [rbp-0x54],xmm0
0x1f3b4b8a44   144  c5c059c2             vmulps xmm0,xmm7,xmm2
0x1f3b4b8a48   148  c5e058d8             vaddps xmm3,xmm3,xmm0
0x1f3b4b8a4c   14c  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b8a4f   14f  c4e27918440114       vbroadcastss xmm0,[rcx+rax*1+0x14]
0x1f3b4b8a56   156  c5fa7f8dfcfeffff     vmovdqu [rbp-0x104],xmm1
0x1f3b4b8a5e   15e  c5f859cc             vmulps xmm1,xmm0,xmm4
0x1f3b4b8a62   162  c5e058d9             vaddps xmm3,xmm3,xmm1
0x1f3b4b8a66   166  c5fa6f8d7cffffff     vmovdqu xmm1,[rbp-0x84]
0x1f3b4b8a6e   16e  c5fa7f950cffffff     vmovdqu [rbp-0xf4],xmm2
0x1f3b4b8a76   176  c5c059d6             vmulps xmm2,xmm7,xmm6
0x1f3b4b8a7a   17a  c5f058ca             vaddps xmm1,xmm1,xmm2
0x1f3b4b8a7e   17e  c5fa6f95fcfeffff     vmovdqu xmm2,[rbp-0x104]
0x1f3b4b8a86   186  c5f859d2             vmulps xmm2,xmm0,xmm2
0x1f3b4b8a8a   18a  c5f058ca             vaddps xmm1,xmm1,xmm2
0x1f3b4b8a8e   18e  c5fa6f956cffffff     vmovdqu xmm2,[rbp-0x94]
0x1f3b4b8a96   196  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b8a99   199  c5fa7f5d8c           vmovdqu [rbp-0x74],xmm3
0x1f3b4b8a9e   19e  c4e279185c0108       vbroadcastss xmm3,[rcx+rax*1+0x8]
0x1f3b4b8aa5   1a5  c5fa6fbd0cffffff     vmovdqu xmm7,[rbp-0xf4]
0x1f3b4b8aad   1ad  c5e059ff             vmulps xmm7,xmm3,xmm7
0x1f3b4b8ab1   1b1  c5e858d7             vaddps xmm2,xmm2,xmm7
0x1f3b4b8ab5   1b5  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b8ab8   1b8  c4e279187c0118       vbroadcastss xmm7,[rcx+rax*1+0x18]
0x1f3b4b8abf   1bf  c5c059c4             vmulps xmm0,xmm7,xmm4
0x1f3b4b8ac3   1c3  c5e858d0             vaddps xmm2,xmm2,xmm0
0x1f3b4b8ac7   1c7  c5fa6f855cffffff     vmovdqu xmm0,[rbp-0xa4]
0x1f3b4b8acf   1cf  c5fa7fa52cffffff     vmovdqu [rbp-0xd4],xmm4
0x1f3b4b8ad7   1d7  c5e059e6             vmulps xmm4,xmm3,xmm6
0x1f3b4b8adb   1db  c5f858c4             vaddps xmm0,xmm0,xmm4
0x1f3b4b8adf   1df  c5fa6fa5fcfeffff     vmovdqu xmm4,[rbp-0x104]
0x1f3b4b8ae7   1e7  c5c059e4             vmulps xmm4,xmm7,xmm4
0x1f3b4b8aeb   1eb  c5f858c4             vaddps xmm0,xmm0,xmm4
0x1f3b4b8aef   1ef  c5fa6fa54cffffff     vmovdqu xmm4,[rbp-0xb4]
0x1f3b4b8af7   1f7  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b8afa   1fa  c5fa7f6d9c           vmovdqu [rbp-0x64],xmm5
0x1f3b4b8aff   1ff  c4e279186c010c       vbroadcastss xmm5,[rcx+rax*1+0xc]
0x1f3b4b8b06   206  c5fa6f9d0cffffff     vmovdqu xmm3,[rbp-0xf4]
0x1f3b4b8b0e   20e  c5d059db             vmulps xmm3,xmm5,xmm3
0x1f3b4b8b12   212  c5d858e3             vaddps xmm4,xmm4,xmm3
0x1f3b4b8b16   216  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b8b19   219  c4e279185c011c       vbroadcastss xmm3,[rcx+rax*1+0x1c]
0x1f3b4b8b20   220  c5fa7fb51cffffff     vmovdqu [rbp-0xe4],xmm6
0x1f3b4b8b28   228  c5fa6fb52cffffff     vmovdqu xmm6,[rbp-0xd4]
0x1f3b4b8b30   230  c5e059f6             vmulps xmm6,xmm3,xmm6
0x1f3b4b8b34   234  c5d858e6             vaddps xmm4,xmm4,xmm6
0x1f3b4b8b38   238  c5fa6fb53cffffff     vmovdqu xmm6,[rbp-0xc4]
0x1f3b4b8b40   240  c5fa7fbddcfeffff     vmovdqu [rbp-0x124],xmm7
0x1f3b4b8b48   248  c5fa6fbd1cffffff     vmovdqu xmm7,[rbp-0xe4]
0x1f3b4b8b50   250  c5d059ff             vmulps xmm7,xmm5,xmm7
0x1f3b4b8b54   254  c5c858f7             vaddps xmm6,xmm6,xmm7
0x1f3b4b8b58   258  c5fa6fbdfcfeffff     vmovdqu xmm7,[rbp-0x104]
0x1f3b4b8b60   260  c5e059ff             vmulps xmm7,xmm3,xmm7
0x1f3b4b8b64   264  c5c858f7             vaddps xmm6,xmm6,xmm7
0x1f3b4b8b68   268  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b8b6b   26b  83c020               addl rax,0x20
0x1f3b4b8b6e   26e  8b55c4               movl rdx,[rbp-0x3c]
0x1f3b4b8b71   271  bbc0ffffff           movl rbx,0xffffffc0
0x1f3b4b8b76   276  2bd3                 subl rdx,rbx
0x1f3b4b8b78   278  488b9eaf000000       REX.W movq rbx,[rsi+0xaf]
0x1f3b4b8b7f   27f  8b7b18               movl rdi,[rbx+0x18]
0x1f3b4b8b82   282  81efbb010000         subl rdi,0x1bb
0x1f3b4b8b88   288  0f88ca010000         js 0x1f3b4b8d58  <+0x458>
0x1f3b4b8b8e   28e  897b18               movl [rbx+0x18],rdi
0x1f3b4b8b91   291  8945c8               movl [rbp-0x38],rax
0x1f3b4b8b94   294  8955c4               movl [rbp-0x3c],rdx
0x1f3b4b8b97   297  c5fa7f8d7cffffff     vmovdqu [rbp-0x84],xmm1
0x1f3b4b8b9f   29f  c5fa7f956cffffff     vmovdqu [rbp-0x94],xmm2
0x1f3b4b8ba7   2a7  c5fa7f855cffffff     vmovdqu [rbp-0xa4],xmm0
0x1f3b4b8baf   2af  c5fa7fa54cffffff     vmovdqu [rbp-0xb4],xmm4
0x1f3b4b8bb7   2b7  c5fa7fb53cffffff     vmovdqu [rbp-0xc4],xmm6
0x1f3b4b8bbf   2bf  c5fa7f9d0cffffff     vmovdqu [rbp-0xf4],xmm3
0x1f3b4b8bc7   2c7  c5fa7fadecfeffff     vmovdqu [rbp-0x114],xmm5
0x1f3b4b8bcf   2cf  e9eafdffff           jmp 0x1f3b4b89be  <+0xbe>
0x1f3b4b8bd4   2d4  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b8bd7   2d7  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b8bda   2da  488b563f             REX.W movq rdx,[rsi+0x3f]
0x1f3b4b8bde   2de  c5fa6f040a           vmovdqu xmm0,[rdx+rcx*1]
0x1f3b4b8be3   2e3  c5fa6f4dac           vmovdqu xmm1,[rbp-0x54]
0x1f3b4b8be8   2e8  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b8bec   2ec  c5fa7f0402           vmovdqu [rdx+rax*1],xmm0
0x1f3b4b8bf1   2f1  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b8bf4   2f4  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b8bf7   2f7  c5fa6f440a10         vmovdqu xmm0,[rdx+rcx*1+0x10]
0x1f3b4b8bfd   2fd  c5fa6f4d9c           vmovdqu xmm1,[rbp-0x64]
0x1f3b4b8c02   302  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b8c06   306  c5fa7f440210         vmovdqu [rdx+rax*1+0x10],xmm0
0x1f3b4b8c0c   30c  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b8c0f   30f  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b8c12   312  c5fa6f440a20         vmovdqu xmm0,[rdx+rcx*1+0x20]
0x1f3b4b8c18   318  c5fa6f4d8c           vmovdqu xmm1,[rbp-0x74]
0x1f3b4b8c1d   31d  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b8c21   321  c5fa7f440220         vmovdqu [rdx+rax*1+0x20],xmm0
0x1f3b4b8c27   327  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b8c2a   32a  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b8c2d   32d  c5fa6f440a30         vmovdqu xmm0,[rdx+rcx*1+0x30]
0x1f3b4b8c33   333  c5fa6f8d7cffffff     vmovdqu xmm1,[rbp-0x84]
0x1f3b4b8c3b   33b  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b8c3f   33f  c5fa7f440230         vmovdqu [rdx+rax*1+0x30],xmm0
0x1f3b4b8c45   345  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b8c48   348  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b8c4b   34b  c5fa6f440a40         vmovdqu xmm0,[rdx+rcx*1+0x40]
0x1f3b4b8c51   351  c5fa6f8d6cffffff     vmovdqu xmm1,[rbp-0x94]
0x1f3b4b8c59   359  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b8c5d   35d  c5fa7f440240         vmovdqu [rdx+rax*1+0x40],xmm0
0x1f3b4b8c63   363  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b8c66   366  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b8c69   369  c5fa6f440a50         vmovdqu xmm0,[rdx+rcx*1+0x50]
0x1f3b4b8c6f   36f  c5fa6f8d5cffffff     vmovdqu xmm1,[rbp-0xa4]
0x1f3b4b8c77   377  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b8c7b   37b  c5fa7f440250         vmovdqu [rdx+rax*1+0x50],xmm0
0x1f3b4b8c81   381  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b8c84   384  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b8c87   387  c5fa6f440a60         vmovdqu xmm0,[rdx+rcx*1+0x60]
0x1f3b4b8c8d   38d  c5fa6f8d4cffffff     vmovdqu xmm1,[rbp-0xb4]
0x1f3b4b8c95   395  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b8c99   399  c5fa7f440260         vmovdqu [rdx+rax*1+0x60],xmm0
0x1f3b4b8c9f   39f  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b8ca2   3a2  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b8ca5   3a5  c5fa6f440a70         vmovdqu xmm0,[rdx+rcx*1+0x70]
0x1f3b4b8cab   3ab  c5fa6f8d3cffffff     vmovdqu xmm1,[rbp-0xc4]
0x1f3b4b8cb3   3b3  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b8cb7   3b7  c5fa7f440270         vmovdqu [rdx+rax*1+0x70],xmm0
0x1f3b4b8cbd   3bd  8b45c0               movl rax,[rbp-0x40]
0x1f3b4b8cc0   3c0  83c001               addl rax,0x1
0x1f3b4b8cc3   3c3  488b8eaf000000       REX.W movq rcx,[rsi+0xaf]
0x1f3b4b8cca   3ca  8b5918               movl rbx,[rcx+0x18]
0x1f3b4b8ccd   3cd  81eb83030000         subl rbx,0x383
0x1f3b4b8cd3   3d3  0f883d010000         js 0x1f3b4b8e16  <+0x516>
0x1f3b4b8cd9   3d9  895918               movl [rcx+0x18],rbx
0x1f3b4b8cdc   3dc  8945c0               movl [rbp-0x40],rax
0x1f3b4b8cdf   3df  e95dfcffff           jmp 0x1f3b4b8941  <+0x41>
0x1f3b4b8ce4   3e4  488b86af000000       REX.W movq rax,[rsi+0xaf]
0x1f3b4b8ceb   3eb  8b4818               movl rcx,[rax+0x18]
0x1f3b4b8cee   3ee  81e9e4030000         subl rcx,0x3e4
0x1f3b4b8cf4   3f4  0f882e010000         js 0x1f3b4b8e28  <+0x528>
0x1f3b4b8cfa   3fa  894818               movl [rax+0x18],rcx
0x1f3b4b8cfd   3fd  488be5               REX.W movq rsp,rbp
0x1f3b4b8d00   400  5d                   pop rbp
0x1f3b4b8d01   401  c3                   retl
0x1f3b4b8d02   402  50                   push rax
0x1f3b4b8d03   403  51                   push rcx
0x1f3b4b8d04   404  52                   push rdx
0x1f3b4b8d05   405  53                   push rbx
0x1f3b4b8d06   406  4151                 push r9
0x1f3b4b8d08   408  e8c3e5ffff           call 0x1f3b4b72d0  (jump table)
0x1f3b4b8d0d   40d  4159                 pop r9
0x1f3b4b8d0f   40f  5b                   pop rbx
0x1f3b4b8d10   410  5a                   pop rdx
0x1f3b4b8d11   411  59                   pop rcx
0x1f3b4b8d12   412  58                   pop rax
0x1f3b4b8d13   413  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4b8d17   417  e915fcffff           jmp 0x1f3b4b8931  <+0x31>
0x1f3b4b8d1c   41c  e82fe3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8d21   421  e82ae3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8d26   426  e825e3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8d2b   42b  e820e3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8d30   430  e81be3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8d35   435  e816e3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8d3a   43a  e811e3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8d3f   43f  e80ce3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8d44   444  e807e3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8d49   449  e802e3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8d4e   44e  e8fde2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8d53   453  e8f8e2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8d58   458  50                   push rax
0x1f3b4b8d59   459  51                   push rcx
0x1f3b4b8d5a   45a  52                   push rdx
0x1f3b4b8d5b   45b  4883ec70             REX.W subq rsp,0x70
0x1f3b4b8d5f   45f  c5fa7f0424           vmovdqu [rsp],xmm0
0x1f3b4b8d64   464  c5fa7f4c2410         vmovdqu [rsp+0x10],xmm1
0x1f3b4b8d6a   46a  c5fa7f542420         vmovdqu [rsp+0x20],xmm2
0x1f3b4b8d70   470  c5fa7f5c2430         vmovdqu [rsp+0x30],xmm3
0x1f3b4b8d76   476  c5fa7f642440         vmovdqu [rsp+0x40],xmm4
0x1f3b4b8d7c   47c  c5fa7f6c2450         vmovdqu [rsp+0x50],xmm5
0x1f3b4b8d82   482  c5fa7f742460         vmovdqu [rsp+0x60],xmm6
0x1f3b4b8d88   488  e8d3e3ffff           call 0x1f3b4b7160  (jump table)
0x1f3b4b8d8d   48d  c5fa6f0424           vmovdqu xmm0,[rsp]
0x1f3b4b8d92   492  c5fa6f4c2410         vmovdqu xmm1,[rsp+0x10]
0x1f3b4b8d98   498  c5fa6f542420         vmovdqu xmm2,[rsp+0x20]
0x1f3b4b8d9e   49e  c5fa6f5c2430         vmovdqu xmm3,[rsp+0x30]
0x1f3b4b8da4   4a4  c5fa6f642440         vmovdqu xmm4,[rsp+0x40]
0x1f3b4b8daa   4aa  c5fa6f6c2450         vmovdqu xmm5,[rsp+0x50]
0x1f3b4b8db0   4b0  c5fa6f742460         vmovdqu xmm6,[rsp+0x60]
0x1f3b4b8db6   4b6  4883c470             REX.W addq rsp,0x70
0x1f3b4b8dba   4ba  5a                   pop rdx
0x1f3b4b8dbb   4bb  59                   pop rcx
0x1f3b4b8dbc   4bc  58                   pop rax
0x1f3b4b8dbd   4bd  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4b8dc1   4c1  e9cbfdffff           jmp 0x1f3b4b8b91  <+0x291>
0x1f3b4b8dc6   4c6  e885e2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8dcb   4cb  e880e2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8dd0   4d0  e87be2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8dd5   4d5  e876e2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8dda   4da  e871e2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8ddf   4df  e86ce2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8de4   4e4  e867e2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8de9   4e9  e862e2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8dee   4ee  e85de2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8df3   4f3  e858e2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8df8   4f8  e853e2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8dfd   4fd  e84ee2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8e02   502  e849e2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8e07   507  e844e2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8e0c   50c  e83fe2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8e11   511  e83ae2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b8e16   516  50                   push rax
0x1f3b4b8e17   517  52                   push rdx
0x1f3b4b8e18   518  e843e3ffff           call 0x1f3b4b7160  (jump table)
0x1f3b4b8e1d   51d  5a                   pop rdx
0x1f3b4b8e1e   51e  58                   pop rax
0x1f3b4b8e1f   51f  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4b8e23   523  e9b4feffff           jmp 0x1f3b4b8cdc  <+0x3dc>
0x1f3b4b8e28   528  e833e3ffff           call 0x1f3b4b7160  (jump table)
0x1f3b4b8e2d   52d  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4b8e31   531  e9c7feffff           jmp 0x1f3b4b8cfd  <+0x3fd>
0x1f3b4b8e36   536  6690                 nop

Protected instructions:
 pc offset  land pad
        d8       41c
        e1       421
        f1       426
        fb       42b
       111       430
       122       435
       138       43a
       14f       43f
       19e       444
       1b8       449
       1ff       44e
       219       453
       2de       4c6
       2ec       4cb
       2f7       4d0
       306       4d5
       312       4da
       321       4df
       32d       4e4
       33f       4e9
       34b       4ee
       35d       4f3
       369       4f8
       37b       4fd
       387       502
       399       507
       3a5       50c
       3b7       511

Source positions:
 pc offset  position
       408         0  statement
       41c       203  statement
       421       211  statement
       426       225  statement
       42b       233  statement
       430       253  statement
       435       269  statement
       43a       287  statement
       43f       303  statement
       444       347  statement
       449       363  statement
       44e       407  statement
       453       423  statement
       488       477  statement
       4c6       485  statement
       4cb       494  statement
       4d0       502  statement
       4d5       511  statement
       4da       519  statement
       4df       528  statement
       4e4       536  statement
       4e9       545  statement
       4ee       553  statement
       4f3       562  statement
       4f8       570  statement
       4fd       579  statement
       502       587  statement
       507       596  statement
       50c       604  statement
       511       613  statement
       518       624  statement
       528       628  statement

Safepoints (entries = 1, byte size = 16)
0x1f3b4b8d0d    40d  slots (sp->fp): 000000000000000000000000000000000000000000000000

RelocInfo (size = 0)

--- End code ---
--- WebAssembly code ---
name: wasm-function[6]
index: 6
kind: wasm function
compiler: TurboFan
Body (size = 1152 = 1128 + 24 padding)
Instructions (size = 1112)
0x1f3b4b8e80     0  55                   push rbp
0x1f3b4b8e81     1  4889e5               REX.W movq rbp,rsp
0x1f3b4b8e84     4  6a08                 push 0x8
0x1f3b4b8e86     6  56                   push rsi
0x1f3b4b8e87     7  4881ec10010000       REX.W subq rsp,0x110
0x1f3b4b8e8e     e  488b7e3f             REX.W movq rdi,[rsi+0x3f]
0x1f3b4b8e92    12  488b764f             REX.W movq rsi,[rsi+0x4f]
0x1f3b4b8e96    16  48899df0feffff       REX.W movq [rbp-0x110],rbx
0x1f3b4b8e9d    1d  488985e0feffff       REX.W movq [rbp-0x120],rax
0x1f3b4b8ea4    24  4533c0               xorl r8,r8
0x1f3b4b8ea7    27  e9b9000000           jmp 0x1f3b4b8f65  <+0xe5>
0x1f3b4b8eac    2c  660f1f840000000000   nop
0x1f3b4b8eb5    35  660f1f840000000000   nop
0x1f3b4b8ebe    3e  6690                 nop
0x1f3b4b8ec0    40  4183c001             addl r8,0x1
0x1f3b4b8ec4    44  418bc1               movl rax,r9
0x1f3b4b8ec7    47  c5fa6f2407           vmovdqu xmm4,[rdi+rax*1]
0x1f3b4b8ecc    4c  c5f810bd60ffffff     vmovups xmm7,[rbp-0xa0]
0x1f3b4b8ed4    54  c5d858e7             vaddps xmm4,xmm4,xmm7
0x1f3b4b8ed8    58  c5fa7f2407           vmovdqu [rdi+rax*1],xmm4
0x1f3b4b8edd    5d  c5fa6f640710         vmovdqu xmm4,[rdi+rax*1+0x10]
0x1f3b4b8ee3    63  c5f810b570ffffff     vmovups xmm6,[rbp-0x90]
0x1f3b4b8eeb    6b  c5d858e6             vaddps xmm4,xmm4,xmm6
0x1f3b4b8eef    6f  c4c17a7f2403         vmovdqu [r11+rax*1],xmm4
0x1f3b4b8ef5    75  c5fa6f640720         vmovdqu xmm4,[rdi+rax*1+0x20]
0x1f3b4b8efb    7b  c5f8106d80           vmovups xmm5,[rbp-0x80]
0x1f3b4b8f00    80  c5d858e5             vaddps xmm4,xmm4,xmm5
0x1f3b4b8f04    84  c5fa7f643820         vmovdqu [rax+rdi*1+0x20],xmm4
0x1f3b4b8f0a    8a  c5fa6f6c0730         vmovdqu xmm5,[rdi+rax*1+0x30]
0x1f3b4b8f10    90  c5f8106590           vmovups xmm4,[rbp-0x70]
0x1f3b4b8f15    95  c5d058e4             vaddps xmm4,xmm5,xmm4
0x1f3b4b8f19    99  c5fa7f643830         vmovdqu [rax+rdi*1+0x30],xmm4
0x1f3b4b8f1f    9f  c5fa6f640740         vmovdqu xmm4,[rdi+rax*1+0x40]
0x1f3b4b8f25    a5  c5d858db             vaddps xmm3,xmm4,xmm3
0x1f3b4b8f29    a9  c5fa7f5c3840         vmovdqu [rax+rdi*1+0x40],xmm3
0x1f3b4b8f2f    af  c5fa6f5c0750         vmovdqu xmm3,[rdi+rax*1+0x50]
0x1f3b4b8f35    b5  c5e058d2             vaddps xmm2,xmm3,xmm2
0x1f3b4b8f39    b9  c5fa7f543850         vmovdqu [rax+rdi*1+0x50],xmm2
0x1f3b4b8f3f    bf  c5fa6f540760         vmovdqu xmm2,[rdi+rax*1+0x60]
0x1f3b4b8f45    c5  c5e858c9             vaddps xmm1,xmm2,xmm1
0x1f3b4b8f49    c9  c5fa7f4c3860         vmovdqu [rax+rdi*1+0x60],xmm1
0x1f3b4b8f4f    cf  c5fa6f4c0770         vmovdqu xmm1,[rdi+rax*1+0x70]
0x1f3b4b8f55    d5  c5f058c0             vaddps xmm0,xmm1,xmm0
0x1f3b4b8f59    d9  c5fa7f443870         vmovdqu [rax+rdi*1+0x70],xmm0
0x1f3b4b8f5f    df  8b9df0feffff         movl rbx,[rbp-0x110]
0x1f3b4b8f65    e5  483b26               REX.W cmpq rsp,[rsi]
0x1f3b4b8f68    e8  0f86d1010000         jna 0x1f3b4b913f  <+0x2bf>
0x1f3b4b8f6e    ee  443b85e0feffff       cmpl r8,[rbp-0x120]
0x1f3b4b8f75    f5  0f8dbf010000         jge 0x1f3b4b913a  <+0x2ba>
0x1f3b4b8f7b    fb  4c8d5f10             REX.W leaq r11,[rdi+0x10]
0x1f3b4b8f7f    ff  c5f9efc0             vpxor xmm0,xmm0,xmm0
0x1f3b4b8f83   103  448be2               movl r12,rdx
0x1f3b4b8f86   106  41c1e405             shll r12, 5
0x1f3b4b8f8a   10a  4403e3               addl r12,rbx
0x1f3b4b8f8d   10d  448bfb               movl r15,rbx
0x1f3b4b8f90   110  c5f928c8             vmovapd xmm1,xmm0
0x1f3b4b8f94   114  c5f928d0             vmovapd xmm2,xmm0
0x1f3b4b8f98   118  c5f928d8             vmovapd xmm3,xmm0
0x1f3b4b8f9c   11c  c5f8114590           vmovups [rbp-0x70],xmm0
0x1f3b4b8fa1   121  c5f8114580           vmovups [rbp-0x80],xmm0
0x1f3b4b8fa6   126  c5f8118570ffffff     vmovups [rbp-0x90],xmm0
0x1f3b4b8fae   12e  c5f8118560ffffff     vmovups [rbp-0xa0],xmm0
0x1f3b4b8fb6   136  448bf1               movl r14,rcx
0x1f3b4b8fb9   139  e965010000           jmp 0x1f3b4b9123  <+0x2a3>
0x1f3b4b8fbe   13e  6690                 nop
0x1f3b4b8fc0   140  418bc6               movl rax,r14
0x1f3b4b8fc3   143  c46279180407         vbroadcastss xmm8,[rdi+rax*1]
0x1f3b4b8fc9   149  418bdf               movl rbx,r15
0x1f3b4b8fcc   14c  c57a6f0c1f           vmovdqu xmm9,[rdi+rbx*1]
0x1f3b4b8fd1   151  c44279181403         vbroadcastss xmm10,[r11+rax*1]
0x1f3b4b8fd7   157  c57a6f5c1f20         vmovdqu xmm11,[rdi+rbx*1+0x20]
0x1f3b4b8fdd   15d  c57a6f641f10         vmovdqu xmm12,[rdi+rbx*1+0x10]
0x1f3b4b8fe3   163  c57a6f6c1f30         vmovdqu xmm13,[rdi+rbx*1+0x30]
0x1f3b4b8fe9   169  488d5f04             REX.W leaq rbx,[rdi+0x4]
0x1f3b4b8fed   16d  c46279183403         vbroadcastss xmm14,[rbx+rax*1]
0x1f3b4b8ff3   173  488d5f14             REX.W leaq rbx,[rdi+0x14]
0x1f3b4b8ff7   177  c4e279183c03         vbroadcastss xmm7,[rbx+rax*1]
0x1f3b4b8ffd   17d  488d5f08             REX.W leaq rbx,[rdi+0x8]
0x1f3b4b9001   181  c4e279183403         vbroadcastss xmm6,[rbx+rax*1]
0x1f3b4b9007   187  488d5f18             REX.W leaq rbx,[rdi+0x18]
0x1f3b4b900b   18b  c578119530ffffff     vmovups [rbp-0xd0],xmm10
0x1f3b4b9013   193  c46279181403         vbroadcastss xmm10,[rbx+rax*1]
0x1f3b4b9019   199  488d5f0c             REX.W leaq rbx,[rdi+0xc]
0x1f3b4b901d   19d  c578118520ffffff     vmovups [rbp-0xe0],xmm8
0x1f3b4b9025   1a5  c46279180403         vbroadcastss xmm8,[rbx+rax*1]
0x1f3b4b902b   1ab  488d5f1c             REX.W leaq rbx,[rdi+0x1c]
0x1f3b4b902f   1af  c4e279182c03         vbroadcastss xmm5,[rbx+rax*1]
0x1f3b4b9035   1b5  c4c13859e4           vmulps xmm4,xmm8,xmm12
0x1f3b4b903a   1ba  c5f811bd10ffffff     vmovups [rbp-0xf0],xmm7
0x1f3b4b9042   1c2  c4c15059fd           vmulps xmm7,xmm5,xmm13
0x1f3b4b9047   1c7  c5f858c4             vaddps xmm0,xmm0,xmm4
0x1f3b4b904b   1cb  c5f858c7             vaddps xmm0,xmm0,xmm7
0x1f3b4b904f   1cf  c4c13859e1           vmulps xmm4,xmm8,xmm9
0x1f3b4b9054   1d4  c4c15059eb           vmulps xmm5,xmm5,xmm11
0x1f3b4b9059   1d9  c5f058cc             vaddps xmm1,xmm1,xmm4
0x1f3b4b905d   1dd  c5f058cd             vaddps xmm1,xmm1,xmm5
0x1f3b4b9061   1e1  c4c14859e4           vmulps xmm4,xmm6,xmm12
0x1f3b4b9066   1e6  c4c12859ed           vmulps xmm5,xmm10,xmm13
0x1f3b4b906b   1eb  c5e858d4             vaddps xmm2,xmm2,xmm4
0x1f3b4b906f   1ef  c5e858d5             vaddps xmm2,xmm2,xmm5
0x1f3b4b9073   1f3  c4c14859e1           vmulps xmm4,xmm6,xmm9
0x1f3b4b9078   1f8  c4c12859eb           vmulps xmm5,xmm10,xmm11
0x1f3b4b907d   1fd  c5e058dc             vaddps xmm3,xmm3,xmm4
0x1f3b4b9081   201  c5e058dd             vaddps xmm3,xmm3,xmm5
0x1f3b4b9085   205  c4c10859e4           vmulps xmm4,xmm14,xmm12
0x1f3b4b908a   20a  c5f810ad10ffffff     vmovups xmm5,[rbp-0xf0]
0x1f3b4b9092   212  c4c15059f5           vmulps xmm6,xmm5,xmm13
0x1f3b4b9097   217  c5f8107d90           vmovups xmm7,[rbp-0x70]
0x1f3b4b909c   21c  c5c058e4             vaddps xmm4,xmm7,xmm4
0x1f3b4b90a0   220  c5d858e6             vaddps xmm4,xmm4,xmm6
0x1f3b4b90a4   224  c4c10859f1           vmulps xmm6,xmm14,xmm9
0x1f3b4b90a9   229  c4c15059eb           vmulps xmm5,xmm5,xmm11
0x1f3b4b90ae   22e  c578104580           vmovups xmm8,[rbp-0x80]
0x1f3b4b90b3   233  c5b858f6             vaddps xmm6,xmm8,xmm6
0x1f3b4b90b7   237  c5c858ed             vaddps xmm5,xmm6,xmm5
0x1f3b4b90bb   23b  c5f810b520ffffff     vmovups xmm6,[rbp-0xe0]
0x1f3b4b90c3   243  c4c14859fc           vmulps xmm7,xmm6,xmm12
0x1f3b4b90c8   248  c578108530ffffff     vmovups xmm8,[rbp-0xd0]
0x1f3b4b90d0   250  c4413859d5           vmulps xmm10,xmm8,xmm13
0x1f3b4b90d5   255  c57810a570ffffff     vmovups xmm12,[rbp-0x90]
0x1f3b4b90dd   25d  c59858ff             vaddps xmm7,xmm12,xmm7
0x1f3b4b90e1   261  c4c14058fa           vaddps xmm7,xmm7,xmm10
0x1f3b4b90e6   266  c4c14859f1           vmulps xmm6,xmm6,xmm9
0x1f3b4b90eb   26b  c4413859c3           vmulps xmm8,xmm8,xmm11
0x1f3b4b90f0   270  c578108d60ffffff     vmovups xmm9,[rbp-0xa0]
0x1f3b4b90f8   278  c5b058f6             vaddps xmm6,xmm9,xmm6
0x1f3b4b90fc   27c  c4c14858f0           vaddps xmm6,xmm6,xmm8
0x1f3b4b9101   281  4183c620             addl r14,0x20
0x1f3b4b9105   285  4183c740             addl r15,0x40
0x1f3b4b9109   289  c5f811b560ffffff     vmovups [rbp-0xa0],xmm6
0x1f3b4b9111   291  c5f811bd70ffffff     vmovups [rbp-0x90],xmm7
0x1f3b4b9119   299  c5f8116d80           vmovups [rbp-0x80],xmm5
0x1f3b4b911e   29e  c5f8116590           vmovups [rbp-0x70],xmm4
0x1f3b4b9123   2a3  483b26               REX.W cmpq rsp,[rsi]
0x1f3b4b9126   2a6  0f866f000000         jna 0x1f3b4b919b  <+0x31b>
0x1f3b4b912c   2ac  4539e7               cmpl r15,r12
0x1f3b4b912f   2af  0f838bfdffff         jnc 0x1f3b4b8ec0  <+0x40>
0x1f3b4b9135   2b5  e986feffff           jmp 0x1f3b4b8fc0  <+0x140>
0x1f3b4b913a   2ba  488be5               REX.W movq rsp,rbp
0x1f3b4b913d   2bd  5d                   pop rbp
0x1f3b4b913e   2be  c3                   retl
0x1f3b4b913f   2bf  48897de8             REX.W movq [rbp-0x18],rdi
0x1f3b4b9143   2c3  4c898d58ffffff       REX.W movq [rbp-0xa8],r9
0x1f3b4b914a   2ca  4c898550ffffff       REX.W movq [rbp-0xb0],r8
0x1f3b4b9151   2d1  4889b500ffffff       REX.W movq [rbp-0x100],rsi
0x1f3b4b9158   2d8  48898df8feffff       REX.W movq [rbp-0x108],rcx
0x1f3b4b915f   2df  488995e8feffff       REX.W movq [rbp-0x118],rdx
0x1f3b4b9166   2e6  e865e1ffff           call 0x1f3b4b72d0  (jump table)
0x1f3b4b916b   2eb  488b7de8             REX.W movq rdi,[rbp-0x18]
0x1f3b4b916f   2ef  448b8d58ffffff       movl r9,[rbp-0xa8]
0x1f3b4b9176   2f6  448b8550ffffff       movl r8,[rbp-0xb0]
0x1f3b4b917d   2fd  488bb500ffffff       REX.W movq rsi,[rbp-0x100]
0x1f3b4b9184   304  8b8df8feffff         movl rcx,[rbp-0x108]
0x1f3b4b918a   30a  8b9df0feffff         movl rbx,[rbp-0x110]
0x1f3b4b9190   310  8b95e8feffff         movl rdx,[rbp-0x118]
0x1f3b4b9196   316  e9d3fdffff           jmp 0x1f3b4b8f6e  <+0xee>
0x1f3b4b919b   31b  48897de8             REX.W movq [rbp-0x18],rdi
0x1f3b4b919f   31f  c5f81145d0           vmovups [rbp-0x30],xmm0
0x1f3b4b91a4   324  c5f8114dc0           vmovups [rbp-0x40],xmm1
0x1f3b4b91a9   329  c5f81155b0           vmovups [rbp-0x50],xmm2
0x1f3b4b91ae   32e  c5f8115da0           vmovups [rbp-0x60],xmm3
0x1f3b4b91b3   333  4c895de0             REX.W movq [rbp-0x20],r11
0x1f3b4b91b7   337  4c898d58ffffff       REX.W movq [rbp-0xa8],r9
0x1f3b4b91be   33e  4c898550ffffff       REX.W movq [rbp-0xb0],r8
0x1f3b4b91c5   345  4c89bd48ffffff       REX.W movq [rbp-0xb8],r15
0x1f3b4b91cc   34c  4c89b540ffffff       REX.W movq [rbp-0xc0],r14
0x1f3b4b91d3   353  4c89a508ffffff       REX.W movq [rbp-0xf8],r12
0x1f3b4b91da   35a  4889b500ffffff       REX.W movq [rbp-0x100],rsi
0x1f3b4b91e1   361  48898df8feffff       REX.W movq [rbp-0x108],rcx
0x1f3b4b91e8   368  488995e8feffff       REX.W movq [rbp-0x118],rdx
0x1f3b4b91ef   36f  e8dce0ffff           call 0x1f3b4b72d0  (jump table)
0x1f3b4b91f4   374  488b7de8             REX.W movq rdi,[rbp-0x18]
0x1f3b4b91f8   378  c5f81045d0           vmovups xmm0,[rbp-0x30]
0x1f3b4b91fd   37d  c5f8104dc0           vmovups xmm1,[rbp-0x40]
0x1f3b4b9202   382  c5f81055b0           vmovups xmm2,[rbp-0x50]
0x1f3b4b9207   387  c5f8105da0           vmovups xmm3,[rbp-0x60]
0x1f3b4b920c   38c  4c8b5de0             REX.W movq r11,[rbp-0x20]
0x1f3b4b9210   390  448b8d58ffffff       movl r9,[rbp-0xa8]
0x1f3b4b9217   397  448b8550ffffff       movl r8,[rbp-0xb0]
0x1f3b4b921e   39e  448bbd48ffffff       movl r15,[rbp-0xb8]
0x1f3b4b9225   3a5  448bb540ffffff       movl r14,[rbp-0xc0]
0x1f3b4b922c   3ac  448ba508ffffff       movl r12,[rbp-0xf8]
0x1f3b4b9233   3b3  488bb500ffffff       REX.W movq rsi,[rbp-0x100]
0x1f3b4b923a   3ba  8b8df8feffff         movl rcx,[rbp-0x108]
0x1f3b4b9240   3c0  8b95e8feffff         movl rdx,[rbp-0x118]
0x1f3b4b9246   3c6  e9e1feffff           jmp 0x1f3b4b912c  <+0x2ac>
0x1f3b4b924b   3cb  e800deffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9250   3d0  e8fbddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9255   3d5  e8f6ddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b925a   3da  e8f1ddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b925f   3df  e8ecddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9264   3e4  e8e7ddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9269   3e9  e8e2ddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b926e   3ee  e8ddddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9273   3f3  e8d8ddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9278   3f8  e8d3ddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b927d   3fd  e8ceddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9282   402  e8c9ddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9287   407  e8c4ddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b928c   40c  e8bfddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9291   411  e8baddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9296   416  e8b5ddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b929b   41b  e8b0ddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b92a0   420  e8abddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b92a5   425  e8a6ddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b92aa   42a  e8a1ddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b92af   42f  e89cddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b92b4   434  e897ddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b92b9   439  e892ddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b92be   43e  e88dddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b92c3   443  e888ddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b92c8   448  e883ddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b92cd   44d  e87eddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b92d2   452  e879ddffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b92d7   457  90                   nop

Protected instructions:
 pc offset  land pad
       1af       3cb
       1a5       3d0
       193       3d5
       181       3da
       177       3df
       16d       3e4
       163       3e9
       15d       3ee
       157       3f3
       151       3f8
       14c       3fd
       143       402
        d9       407
        cf       40c
        c9       411
        bf       416
        b9       41b
        af       420
        a9       425
        9f       42a
        99       42f
        8a       434
        84       439
        75       43e
        6f       443
        5d       448
        58       44d
        47       452

Source positions:
 pc offset  position
        47       485
        58       494
        5d       502
        6f       511
        75       519
        84       528
        8a       536
        99       545
        9f       553
        a9       562
        af       570
        b9       579
        bf       587
        c9       596
        cf       604
        d9       613
       14c       211
       157       233
       15d       253
       163       269
       2bf         5
       31b       190
       3e9       269
       3ee       253
       3f3       233
       3fd       211
       407       613
       40c       604
       411       596
       416       587
       41b       579
       420       570
       425       562
       42a       553
       42f       545
       434       536
       439       528
       43e       519
       443       511
       448       502
       44d       494
       452       485

Safepoints (entries = 1, byte size = 15)
0x1f3b4b916b    2eb  slots (sp->fp): 0000000000000000000000000000000000000000

RelocInfo (size = 36)
0x1f3b4b9167  wasm stub call  (0x1f3b4b72d0)
0x1f3b4b91f0  wasm stub call  (0x1f3b4b72d0)
0x1f3b4b924c  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9251  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9256  wasm stub call  (0x1f3b4b7050)
0x1f3b4b925b  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9260  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9265  wasm stub call  (0x1f3b4b7050)
0x1f3b4b926a  wasm stub call  (0x1f3b4b7050)
0x1f3b4b926f  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9274  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9279  wasm stub call  (0x1f3b4b7050)
0x1f3b4b927e  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9283  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9288  wasm stub call  (0x1f3b4b7050)
0x1f3b4b928d  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9292  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9297  wasm stub call  (0x1f3b4b7050)
0x1f3b4b929c  wasm stub call  (0x1f3b4b7050)
0x1f3b4b92a1  wasm stub call  (0x1f3b4b7050)
0x1f3b4b92a6  wasm stub call  (0x1f3b4b7050)
0x1f3b4b92ab  wasm stub call  (0x1f3b4b7050)
0x1f3b4b92b0  wasm stub call  (0x1f3b4b7050)
0x1f3b4b92b5  wasm stub call  (0x1f3b4b7050)
0x1f3b4b92ba  wasm stub call  (0x1f3b4b7050)
0x1f3b4b92bf  wasm stub call  (0x1f3b4b7050)
0x1f3b4b92c4  wasm stub call  (0x1f3b4b7050)
0x1f3b4b92c9  wasm stub call  (0x1f3b4b7050)
0x1f3b4b92ce  wasm stub call  (0x1f3b4b7050)
0x1f3b4b92d3  wasm stub call  (0x1f3b4b7050)

--- End code ---
--- WebAssembly code ---
name: wasm-function[2]
index: 2
kind: wasm function
compiler: Liftoff
Body (size = 1344 = 1344 + 0 padding)
Instructions (size = 1328)
0x1f3b4b9300     0  55                   push rbp
0x1f3b4b9301     1  4889e5               REX.W movq rbp,rsp
0x1f3b4b9304     4  6a08                 push 0x8
0x1f3b4b9306     6  56                   push rsi
0x1f3b4b9307     7  4881ec18010000       REX.W subq rsp,0x118
0x1f3b4b930e     e  50                   push rax
0x1f3b4b930f     f  51                   push rcx
0x1f3b4b9310    10  57                   push rdi
0x1f3b4b9311    11  488dbddcfeffff       REX.W leaq rdi,[rbp-0x124]
0x1f3b4b9318    18  33c0                 xorl rax,rax
0x1f3b4b931a    1a  b93c000000           movl rcx,0x3c
0x1f3b4b931f    1f  f3ab                 rep stosl
0x1f3b4b9321    21  5f                   pop rdi
0x1f3b4b9322    22  59                   pop rcx
0x1f3b4b9323    23  58                   pop rax
0x1f3b4b9324    24  488b7e4f             REX.W movq rdi,[rsi+0x4f]
0x1f3b4b9328    28  483b27               REX.W cmpq rsp,[rdi]
0x1f3b4b932b    2b  0f86cb030000         jna 0x1f3b4b96fc  <+0x3fc>
0x1f3b4b9331    31  8945dc               movl [rbp-0x24],rax
0x1f3b4b9334    34  8955d8               movl [rbp-0x28],rdx
0x1f3b4b9337    37  894dd4               movl [rbp-0x2c],rcx
0x1f3b4b933a    3a  895dd0               movl [rbp-0x30],rbx
0x1f3b4b933d    3d  44894dcc             movl [rbp-0x34],r9
0x1f3b4b9341    41  8b45dc               movl rax,[rbp-0x24]
0x1f3b4b9344    44  8b4dc0               movl rcx,[rbp-0x40]
0x1f3b4b9347    47  3bc1                 cmpl rax,rcx
0x1f3b4b9349    49  0f8e8f030000         jle 0x1f3b4b96de  <+0x3de>
0x1f3b4b934f    4f  c5f9efc0             vpxor xmm0,xmm0,xmm0
0x1f3b4b9353    53  c5f1efc9             vpxor xmm1,xmm1,xmm1
0x1f3b4b9357    57  c5e9efd2             vpxor xmm2,xmm2,xmm2
0x1f3b4b935b    5b  c5e1efdb             vpxor xmm3,xmm3,xmm3
0x1f3b4b935f    5f  c5d9efe4             vpxor xmm4,xmm4,xmm4
0x1f3b4b9363    63  c5d1efed             vpxor xmm5,xmm5,xmm5
0x1f3b4b9367    67  c5c9eff6             vpxor xmm6,xmm6,xmm6
0x1f3b4b936b    6b  c5c1efff             vpxor xmm7,xmm7,xmm7
0x1f3b4b936f    6f  8b45d4               movl rax,[rbp-0x2c]
0x1f3b4b9372    72  8b4dd0               movl rcx,[rbp-0x30]
0x1f3b4b9375    75  8b55d8               movl rdx,[rbp-0x28]
0x1f3b4b9378    78  c1e205               shll rdx, 5
0x1f3b4b937b    7b  8d1411               leal rdx,[rcx+rdx*1]
0x1f3b4b937e    7e  8945c8               movl [rbp-0x38],rax
0x1f3b4b9381    81  894dc4               movl [rbp-0x3c],rcx
0x1f3b4b9384    84  8955bc               movl [rbp-0x44],rdx
0x1f3b4b9387    87  c5fa7f45ac           vmovdqu [rbp-0x54],xmm0
0x1f3b4b938c    8c  c5fa7f4d9c           vmovdqu [rbp-0x64],xmm1
0x1f3b4b9391    91  c5fa7f558c           vmovdqu [rbp-0x74],xmm2
0x1f3b4b9396    96  c5fa7f9d7cffffff     vmovdqu [rbp-0x84],xmm3
0x1f3b4b939e    9e  c5fa7fa56cffffff     vmovdqu [rbp-0x94],xmm4
0x1f3b4b93a6    a6  c5fa7fad5cffffff     vmovdqu [rbp-0xa4],xmm5
0x1f3b4b93ae    ae  c5fa7fb54cffffff     vmovdqu [rbp-0xb4],xmm6
0x1f3b4b93b6    b6  c5fa7fbd3cffffff     vmovdqu [rbp-0xc4],xmm7
0x1f3b4b93be    be  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4b93c1    c1  8b4dbc               movl rcx,[rbp-0x44]
0x1f3b4b93c4    c4  3bc1                 cmpl rax,rcx
0x1f3b4b93c6    c6  0f8302020000         jnc 0x1f3b4b95ce  <+0x2ce>
0x1f3b4b93cc    cc  c5fa6f45ac           vmovdqu xmm0,[rbp-0x54]
0x1f3b4b93d1    d1  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b93d4    d4  488b4e3f             REX.W movq rcx,[rsi+0x3f]
0x1f3b4b93d8    d8  c5fa6f0c01           vmovdqu xmm1,[rcx+rax*1]
0x1f3b4b93dd    dd  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4b93e0    e0  c5fa6f1401           vmovdqu xmm2,[rcx+rax*1]
0x1f3b4b93e5    e5  c5f059da             vmulps xmm3,xmm1,xmm2
0x1f3b4b93e9    e9  c5f858c3             vaddps xmm0,xmm0,xmm3
0x1f3b4b93ed    ed  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b93f0    f0  c5fa6f5c0140         vmovdqu xmm3,[rcx+rax*1+0x40]
0x1f3b4b93f6    f6  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4b93f9    f9  c5fa6f640120         vmovdqu xmm4,[rcx+rax*1+0x20]
0x1f3b4b93ff    ff  c5e059ec             vmulps xmm5,xmm3,xmm4
0x1f3b4b9403   103  c5f858c5             vaddps xmm0,xmm0,xmm5
0x1f3b4b9407   107  c5fa6f6d9c           vmovdqu xmm5,[rbp-0x64]
0x1f3b4b940c   10c  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4b940f   10f  c5fa6f740110         vmovdqu xmm6,[rcx+rax*1+0x10]
0x1f3b4b9415   115  c5f059ce             vmulps xmm1,xmm1,xmm6
0x1f3b4b9419   119  c5d058e9             vaddps xmm5,xmm5,xmm1
0x1f3b4b941d   11d  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4b9420   120  c5fa6f4c0130         vmovdqu xmm1,[rcx+rax*1+0x30]
0x1f3b4b9426   126  c5e059d9             vmulps xmm3,xmm3,xmm1
0x1f3b4b942a   12a  c5d058eb             vaddps xmm5,xmm5,xmm3
0x1f3b4b942e   12e  c5fa6f5d8c           vmovdqu xmm3,[rbp-0x74]
0x1f3b4b9433   133  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b9436   136  c5fa6f7c0110         vmovdqu xmm7,[rcx+rax*1+0x10]
0x1f3b4b943c   13c  c5fa7f45ac           vmovdqu [rbp-0x54],xmm0
0x1f3b4b9441   141  c5c059c2             vmulps xmm0,xmm7,xmm2
0x1f3b4b9445   145  c5e058d8             vaddps xmm3,xmm3,xmm0
0x1f3b4b9449   149  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b944c   14c  c5fa6f440150         vmovdqu xmm0,[rcx+rax*1+0x50]
0x1f3b4b9452   152  c5fa7f8dfcfeffff     vmovdqu [rbp-0x104],xmm1
0x1f3b4b945a   15a  c5f859cc             vmulps xmm1,xmm0,xmm4
0x1f3b4b945e   15e  c5e058d9             vaddps xmm3,xmm3,xmm1
0x1f3b4b9462   162  c5fa6f8d7cffffff     vmovdqu xmm1,[rbp-0x84]
0x1f3b4b946a   16a  c5fa7f950cffffff     vmovdqu [rbp-0xf4],xmm2
0x1f3b4b9472   172  c5c059d6             vmulps xmm2,xmm7,xmm6
0x1f3b4b9476   176  c5f058ca             vaddps xmm1,xmm1,xmm2
0x1f3b4b947a   17a  c5fa6f95fcfeffff     vmovdqu xmm2,[rbp-0x104]
0x1f3b4b9482   182  c5f859d2             vmulps xmm2,xmm0,xmm2
0x1f3b4b9486   186  c5f058ca             vaddps xmm1,xmm1,xmm2
0x1f3b4b948a   18a  c5fa6f956cffffff     vmovdqu xmm2,[rbp-0x94]
0x1f3b4b9492   192  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b9495   195  c5fa7f5d8c           vmovdqu [rbp-0x74],xmm3
0x1f3b4b949a   19a  c5fa6f5c0120         vmovdqu xmm3,[rcx+rax*1+0x20]
0x1f3b4b94a0   1a0  c5fa6fbd0cffffff     vmovdqu xmm7,[rbp-0xf4]
0x1f3b4b94a8   1a8  c5e059ff             vmulps xmm7,xmm3,xmm7
0x1f3b4b94ac   1ac  c5e858d7             vaddps xmm2,xmm2,xmm7
0x1f3b4b94b0   1b0  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b94b3   1b3  c5fa6f7c0160         vmovdqu xmm7,[rcx+rax*1+0x60]
0x1f3b4b94b9   1b9  c5c059c4             vmulps xmm0,xmm7,xmm4
0x1f3b4b94bd   1bd  c5e858d0             vaddps xmm2,xmm2,xmm0
0x1f3b4b94c1   1c1  c5fa6f855cffffff     vmovdqu xmm0,[rbp-0xa4]
0x1f3b4b94c9   1c9  c5fa7fa52cffffff     vmovdqu [rbp-0xd4],xmm4
0x1f3b4b94d1   1d1  c5e059e6             vmulps xmm4,xmm3,xmm6
0x1f3b4b94d5   1d5  c5f858c4             vaddps xmm0,xmm0,xmm4
0x1f3b4b94d9   1d9  c5fa6fa5fcfeffff     vmovdqu xmm4,[rbp-0x104]
0x1f3b4b94e1   1e1  c5c059e4             vmulps xmm4,xmm7,xmm4
0x1f3b4b94e5   1e5  c5f858c4             vaddps xmm0,xmm0,xmm4
0x1f3b4b94e9   1e9  c5fa6fa54cffffff     vmovdqu xmm4,[rbp-0xb4]
0x1f3b4b94f1   1f1  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b94f4   1f4  c5fa7f6d9c           vmovdqu [rbp-0x64],xmm5
0x1f3b4b94f9   1f9  c5fa6f6c0130         vmovdqu xmm5,[rcx+rax*1+0x30]
0x1f3b4b94ff   1ff  c5fa6f9d0cffffff     vmovdqu xmm3,[rbp-0xf4]
0x1f3b4b9507   207  c5d059db             vmulps xmm3,xmm5,xmm3
0x1f3b4b950b   20b  c5d858e3             vaddps xmm4,xmm4,xmm3
0x1f3b4b950f   20f  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b9512   212  c5fa6f5c0170         vmovdqu xmm3,[rcx+rax*1+0x70]
0x1f3b4b9518   218  c5fa7fb51cffffff     vmovdqu [rbp-0xe4],xmm6
0x1f3b4b9520   220  c5fa6fb52cffffff     vmovdqu xmm6,[rbp-0xd4]
0x1f3b4b9528   228  c5e059f6             vmulps xmm6,xmm3,xmm6
0x1f3b4b952c   22c  c5d858e6             vaddps xmm4,xmm4,xmm6
0x1f3b4b9530   230  c5fa6fb53cffffff     vmovdqu xmm6,[rbp-0xc4]
0x1f3b4b9538   238  c5fa7fbddcfeffff     vmovdqu [rbp-0x124],xmm7
0x1f3b4b9540   240  c5fa6fbd1cffffff     vmovdqu xmm7,[rbp-0xe4]
0x1f3b4b9548   248  c5d059ff             vmulps xmm7,xmm5,xmm7
0x1f3b4b954c   24c  c5c858f7             vaddps xmm6,xmm6,xmm7
0x1f3b4b9550   250  c5fa6fbdfcfeffff     vmovdqu xmm7,[rbp-0x104]
0x1f3b4b9558   258  c5e059ff             vmulps xmm7,xmm3,xmm7
0x1f3b4b955c   25c  c5c858f7             vaddps xmm6,xmm6,xmm7
0x1f3b4b9560   260  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b9563   263  0580000000           add rax,0x80
0x1f3b4b9568   268  8b55c4               movl rdx,[rbp-0x3c]
0x1f3b4b956b   26b  bbc0ffffff           movl rbx,0xffffffc0
0x1f3b4b9570   270  2bd3                 subl rdx,rbx
0x1f3b4b9572   272  488b9eaf000000       REX.W movq rbx,[rsi+0xaf]
0x1f3b4b9579   279  8b7b08               movl rdi,[rbx+0x8]
0x1f3b4b957c   27c  81efb5010000         subl rdi,0x1b5
0x1f3b4b9582   282  0f88ca010000         js 0x1f3b4b9752  <+0x452>
0x1f3b4b9588   288  897b08               movl [rbx+0x8],rdi
0x1f3b4b958b   28b  8945c8               movl [rbp-0x38],rax
0x1f3b4b958e   28e  8955c4               movl [rbp-0x3c],rdx
0x1f3b4b9591   291  c5fa7f8d7cffffff     vmovdqu [rbp-0x84],xmm1
0x1f3b4b9599   299  c5fa7f956cffffff     vmovdqu [rbp-0x94],xmm2
0x1f3b4b95a1   2a1  c5fa7f855cffffff     vmovdqu [rbp-0xa4],xmm0
0x1f3b4b95a9   2a9  c5fa7fa54cffffff     vmovdqu [rbp-0xb4],xmm4
0x1f3b4b95b1   2b1  c5fa7fb53cffffff     vmovdqu [rbp-0xc4],xmm6
0x1f3b4b95b9   2b9  c5fa7f9d0cffffff     vmovdqu [rbp-0xf4],xmm3
0x1f3b4b95c1   2c1  c5fa7fadecfeffff     vmovdqu [rbp-0x114],xmm5
0x1f3b4b95c9   2c9  e9f0fdffff           jmp 0x1f3b4b93be  <+0xbe>
0x1f3b4b95ce   2ce  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b95d1   2d1  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b95d4   2d4  488b563f             REX.W movq rdx,[rsi+0x3f]
0x1f3b4b95d8   2d8  c5fa6f040a           vmovdqu xmm0,[rdx+rcx*1]
0x1f3b4b95dd   2dd  c5fa6f4dac           vmovdqu xmm1,[rbp-0x54]
0x1f3b4b95e2   2e2  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b95e6   2e6  c5fa7f0402           vmovdqu [rdx+rax*1],xmm0
0x1f3b4b95eb   2eb  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b95ee   2ee  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b95f1   2f1  c5fa6f440a10         vmovdqu xmm0,[rdx+rcx*1+0x10]
0x1f3b4b95f7   2f7  c5fa6f4d9c           vmovdqu xmm1,[rbp-0x64]
0x1f3b4b95fc   2fc  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b9600   300  c5fa7f440210         vmovdqu [rdx+rax*1+0x10],xmm0
0x1f3b4b9606   306  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b9609   309  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b960c   30c  c5fa6f440a20         vmovdqu xmm0,[rdx+rcx*1+0x20]
0x1f3b4b9612   312  c5fa6f4d8c           vmovdqu xmm1,[rbp-0x74]
0x1f3b4b9617   317  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b961b   31b  c5fa7f440220         vmovdqu [rdx+rax*1+0x20],xmm0
0x1f3b4b9621   321  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b9624   324  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b9627   327  c5fa6f440a30         vmovdqu xmm0,[rdx+rcx*1+0x30]
0x1f3b4b962d   32d  c5fa6f8d7cffffff     vmovdqu xmm1,[rbp-0x84]
0x1f3b4b9635   335  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b9639   339  c5fa7f440230         vmovdqu [rdx+rax*1+0x30],xmm0
0x1f3b4b963f   33f  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b9642   342  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b9645   345  c5fa6f440a40         vmovdqu xmm0,[rdx+rcx*1+0x40]
0x1f3b4b964b   34b  c5fa6f8d6cffffff     vmovdqu xmm1,[rbp-0x94]
0x1f3b4b9653   353  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b9657   357  c5fa7f440240         vmovdqu [rdx+rax*1+0x40],xmm0
0x1f3b4b965d   35d  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b9660   360  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b9663   363  c5fa6f440a50         vmovdqu xmm0,[rdx+rcx*1+0x50]
0x1f3b4b9669   369  c5fa6f8d5cffffff     vmovdqu xmm1,[rbp-0xa4]
0x1f3b4b9671   371  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b9675   375  c5fa7f440250         vmovdqu [rdx+rax*1+0x50],xmm0
0x1f3b4b967b   37b  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b967e   37e  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b9681   381  c5fa6f440a60         vmovdqu xmm0,[rdx+rcx*1+0x60]
0x1f3b4b9687   387  c5fa6f8d4cffffff     vmovdqu xmm1,[rbp-0xb4]
0x1f3b4b968f   38f  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b9693   393  c5fa7f440260         vmovdqu [rdx+rax*1+0x60],xmm0
0x1f3b4b9699   399  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b969c   39c  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b969f   39f  c5fa6f440a70         vmovdqu xmm0,[rdx+rcx*1+0x70]
0x1f3b4b96a5   3a5  c5fa6f8d3cffffff     vmovdqu xmm1,[rbp-0xc4]
0x1f3b4b96ad   3ad  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b96b1   3b1  c5fa7f440270         vmovdqu [rdx+rax*1+0x70],xmm0
0x1f3b4b96b7   3b7  8b45c0               movl rax,[rbp-0x40]
0x1f3b4b96ba   3ba  83c001               addl rax,0x1
0x1f3b4b96bd   3bd  488b8eaf000000       REX.W movq rcx,[rsi+0xaf]
0x1f3b4b96c4   3c4  8b5908               movl rbx,[rcx+0x8]
0x1f3b4b96c7   3c7  81eb7d030000         subl rbx,0x37d
0x1f3b4b96cd   3cd  0f883d010000         js 0x1f3b4b9810  <+0x510>
0x1f3b4b96d3   3d3  895908               movl [rcx+0x8],rbx
0x1f3b4b96d6   3d6  8945c0               movl [rbp-0x40],rax
0x1f3b4b96d9   3d9  e963fcffff           jmp 0x1f3b4b9341  <+0x41>
0x1f3b4b96de   3de  488b86af000000       REX.W movq rax,[rsi+0xaf]
0x1f3b4b96e5   3e5  8b4808               movl rcx,[rax+0x8]
0x1f3b4b96e8   3e8  81e9de030000         subl rcx,0x3de
0x1f3b4b96ee   3ee  0f882e010000         js 0x1f3b4b9822  <+0x522>
0x1f3b4b96f4   3f4  894808               movl [rax+0x8],rcx
0x1f3b4b96f7   3f7  488be5               REX.W movq rsp,rbp
0x1f3b4b96fa   3fa  5d                   pop rbp
0x1f3b4b96fb   3fb  c3                   retl
0x1f3b4b96fc   3fc  50                   push rax
0x1f3b4b96fd   3fd  51                   push rcx
0x1f3b4b96fe   3fe  52                   push rdx
0x1f3b4b96ff   3ff  53                   push rbx
0x1f3b4b9700   400  4151                 push r9
0x1f3b4b9702   402  e8c9dbffff           call 0x1f3b4b72d0  (jump table)
0x1f3b4b9707   407  4159                 pop r9
0x1f3b4b9709   409  5b                   pop rbx
0x1f3b4b970a   40a  5a                   pop rdx
0x1f3b4b970b   40b  59                   pop rcx
0x1f3b4b970c   40c  58                   pop rax
0x1f3b4b970d   40d  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4b9711   411  e91bfcffff           jmp 0x1f3b4b9331  <+0x31>
0x1f3b4b9716   416  e835d9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b971b   41b  e830d9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9720   420  e82bd9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9725   425  e826d9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b972a   42a  e821d9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b972f   42f  e81cd9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9734   434  e817d9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9739   439  e812d9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b973e   43e  e80dd9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9743   443  e808d9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9748   448  e803d9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b974d   44d  e8fed8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9752   452  50                   push rax
0x1f3b4b9753   453  51                   push rcx
0x1f3b4b9754   454  52                   push rdx
0x1f3b4b9755   455  4883ec70             REX.W subq rsp,0x70
0x1f3b4b9759   459  c5fa7f0424           vmovdqu [rsp],xmm0
0x1f3b4b975e   45e  c5fa7f4c2410         vmovdqu [rsp+0x10],xmm1
0x1f3b4b9764   464  c5fa7f542420         vmovdqu [rsp+0x20],xmm2
0x1f3b4b976a   46a  c5fa7f5c2430         vmovdqu [rsp+0x30],xmm3
0x1f3b4b9770   470  c5fa7f642440         vmovdqu [rsp+0x40],xmm4
0x1f3b4b9776   476  c5fa7f6c2450         vmovdqu [rsp+0x50],xmm5
0x1f3b4b977c   47c  c5fa7f742460         vmovdqu [rsp+0x60],xmm6
0x1f3b4b9782   482  e8d9d9ffff           call 0x1f3b4b7160  (jump table)
0x1f3b4b9787   487  c5fa6f0424           vmovdqu xmm0,[rsp]
0x1f3b4b978c   48c  c5fa6f4c2410         vmovdqu xmm1,[rsp+0x10]
0x1f3b4b9792   492  c5fa6f542420         vmovdqu xmm2,[rsp+0x20]
0x1f3b4b9798   498  c5fa6f5c2430         vmovdqu xmm3,[rsp+0x30]
0x1f3b4b979e   49e  c5fa6f642440         vmovdqu xmm4,[rsp+0x40]
0x1f3b4b97a4   4a4  c5fa6f6c2450         vmovdqu xmm5,[rsp+0x50]
0x1f3b4b97aa   4aa  c5fa6f742460         vmovdqu xmm6,[rsp+0x60]
0x1f3b4b97b0   4b0  4883c470             REX.W addq rsp,0x70
0x1f3b4b97b4   4b4  5a                   pop rdx
0x1f3b4b97b5   4b5  59                   pop rcx
0x1f3b4b97b6   4b6  58                   pop rax
0x1f3b4b97b7   4b7  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4b97bb   4bb  e9cbfdffff           jmp 0x1f3b4b958b  <+0x28b>
0x1f3b4b97c0   4c0  e88bd8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b97c5   4c5  e886d8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b97ca   4ca  e881d8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b97cf   4cf  e87cd8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b97d4   4d4  e877d8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b97d9   4d9  e872d8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b97de   4de  e86dd8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b97e3   4e3  e868d8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b97e8   4e8  e863d8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b97ed   4ed  e85ed8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b97f2   4f2  e859d8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b97f7   4f7  e854d8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b97fc   4fc  e84fd8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9801   501  e84ad8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9806   506  e845d8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b980b   50b  e840d8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9810   510  50                   push rax
0x1f3b4b9811   511  52                   push rdx
0x1f3b4b9812   512  e849d9ffff           call 0x1f3b4b7160  (jump table)
0x1f3b4b9817   517  5a                   pop rdx
0x1f3b4b9818   518  58                   pop rax
0x1f3b4b9819   519  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4b981d   51d  e9b4feffff           jmp 0x1f3b4b96d6  <+0x3d6>
0x1f3b4b9822   522  e839d9ffff           call 0x1f3b4b7160  (jump table)
0x1f3b4b9827   527  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4b982b   52b  e9c7feffff           jmp 0x1f3b4b96f7  <+0x3f7>

Protected instructions:
 pc offset  land pad
        d8       416
        e0       41b
        f0       420
        f9       425
       10f       42a
       120       42f
       136       434
       14c       439
       19a       43e
       1b3       443
       1f9       448
       212       44d
       2d8       4c0
       2e6       4c5
       2f1       4ca
       300       4cf
       30c       4d4
       31b       4d9
       327       4de
       339       4e3
       345       4e8
       357       4ed
       363       4f2
       375       4f7
       381       4fc
       393       501
       39f       506
       3b1       50b

Source positions:
 pc offset  position
       402         0  statement
       416       203  statement
       41b       211  statement
       420       225  statement
       425       233  statement
       42a       253  statement
       42f       269  statement
       434       287  statement
       439       303  statement
       43e       347  statement
       443       363  statement
       448       407  statement
       44d       423  statement
       482       478  statement
       4c0       486  statement
       4c5       495  statement
       4ca       503  statement
       4cf       512  statement
       4d4       520  statement
       4d9       529  statement
       4de       537  statement
       4e3       546  statement
       4e8       554  statement
       4ed       563  statement
       4f2       571  statement
       4f7       580  statement
       4fc       588  statement
       501       597  statement
       506       605  statement
       50b       614  statement
       512       625  statement
       522       629  statement

Safepoints (entries = 1, byte size = 16)
0x1f3b4b9707    407  slots (sp->fp): 000000000000000000000000000000000000000000000000

RelocInfo (size = 0)

--- End code ---
--- WebAssembly code ---
name: wasm-function[2]
index: 2
kind: wasm function
compiler: TurboFan
Body (size = 1152 = 1116 + 36 padding)
Instructions (size = 1100)
0x1f3b4b9840     0  55                   push rbp
0x1f3b4b9841     1  4889e5               REX.W movq rbp,rsp
0x1f3b4b9844     4  6a08                 push 0x8
0x1f3b4b9846     6  56                   push rsi
0x1f3b4b9847     7  4881ec08010000       REX.W subq rsp,0x108
0x1f3b4b984e     e  488b7e3f             REX.W movq rdi,[rsi+0x3f]
0x1f3b4b9852    12  488b764f             REX.W movq rsi,[rsi+0x4f]
0x1f3b4b9856    16  488985e8feffff       REX.W movq [rbp-0x118],rax
0x1f3b4b985d    1d  4533c0               xorl r8,r8
0x1f3b4b9860    20  e9ba000000           jmp 0x1f3b4b991f  <+0xdf>
0x1f3b4b9865    25  660f1f840000000000   nop
0x1f3b4b986e    2e  660f1f840000000000   nop
0x1f3b4b9877    37  660f1f840000000000   nop
0x1f3b4b9880    40  4183c001             addl r8,0x1
0x1f3b4b9884    44  418bc1               movl rax,r9
0x1f3b4b9887    47  c5fa6f2407           vmovdqu xmm4,[rdi+rax*1]
0x1f3b4b988c    4c  c5f810bd60ffffff     vmovups xmm7,[rbp-0xa0]
0x1f3b4b9894    54  c5d858e7             vaddps xmm4,xmm4,xmm7
0x1f3b4b9898    58  c5fa7f2407           vmovdqu [rdi+rax*1],xmm4
0x1f3b4b989d    5d  c5fa6f640710         vmovdqu xmm4,[rdi+rax*1+0x10]
0x1f3b4b98a3    63  c5f810b570ffffff     vmovups xmm6,[rbp-0x90]
0x1f3b4b98ab    6b  c5d858e6             vaddps xmm4,xmm4,xmm6
0x1f3b4b98af    6f  c5fa7f643810         vmovdqu [rax+rdi*1+0x10],xmm4
0x1f3b4b98b5    75  c5fa6f640720         vmovdqu xmm4,[rdi+rax*1+0x20]
0x1f3b4b98bb    7b  c5f8106d80           vmovups xmm5,[rbp-0x80]
0x1f3b4b98c0    80  c5d858e5             vaddps xmm4,xmm4,xmm5
0x1f3b4b98c4    84  c5fa7f643820         vmovdqu [rax+rdi*1+0x20],xmm4
0x1f3b4b98ca    8a  c5fa6f6c0730         vmovdqu xmm5,[rdi+rax*1+0x30]
0x1f3b4b98d0    90  c5f8106590           vmovups xmm4,[rbp-0x70]
0x1f3b4b98d5    95  c5d058e4             vaddps xmm4,xmm5,xmm4
0x1f3b4b98d9    99  c5fa7f643830         vmovdqu [rax+rdi*1+0x30],xmm4
0x1f3b4b98df    9f  c5fa6f640740         vmovdqu xmm4,[rdi+rax*1+0x40]
0x1f3b4b98e5    a5  c5d858db             vaddps xmm3,xmm4,xmm3
0x1f3b4b98e9    a9  c5fa7f5c3840         vmovdqu [rax+rdi*1+0x40],xmm3
0x1f3b4b98ef    af  c5fa6f5c0750         vmovdqu xmm3,[rdi+rax*1+0x50]
0x1f3b4b98f5    b5  c5e058d2             vaddps xmm2,xmm3,xmm2
0x1f3b4b98f9    b9  c5fa7f543850         vmovdqu [rax+rdi*1+0x50],xmm2
0x1f3b4b98ff    bf  c5fa6f540760         vmovdqu xmm2,[rdi+rax*1+0x60]
0x1f3b4b9905    c5  c5e858c9             vaddps xmm1,xmm2,xmm1
0x1f3b4b9909    c9  c5fa7f4c3860         vmovdqu [rax+rdi*1+0x60],xmm1
0x1f3b4b990f    cf  c5fa6f4c0770         vmovdqu xmm1,[rdi+rax*1+0x70]
0x1f3b4b9915    d5  c5f058c0             vaddps xmm0,xmm1,xmm0
0x1f3b4b9919    d9  c5fa7f443870         vmovdqu [rax+rdi*1+0x70],xmm0
0x1f3b4b991f    df  483b26               REX.W cmpq rsp,[rsi]
0x1f3b4b9922    e2  0f86c9010000         jna 0x1f3b4b9af1  <+0x2b1>
0x1f3b4b9928    e8  443b85e8feffff       cmpl r8,[rbp-0x118]
0x1f3b4b992f    ef  0f8db7010000         jge 0x1f3b4b9aec  <+0x2ac>
0x1f3b4b9935    f5  c5f9efc0             vpxor xmm0,xmm0,xmm0
0x1f3b4b9939    f9  448bda               movl r11,rdx
0x1f3b4b993c    fc  41c1e305             shll r11, 5
0x1f3b4b9940   100  4403db               addl r11,rbx
0x1f3b4b9943   103  448be1               movl r12,rcx
0x1f3b4b9946   106  c5f928c8             vmovapd xmm1,xmm0
0x1f3b4b994a   10a  c5f928d0             vmovapd xmm2,xmm0
0x1f3b4b994e   10e  c5f928d8             vmovapd xmm3,xmm0
0x1f3b4b9952   112  c5f8114590           vmovups [rbp-0x70],xmm0
0x1f3b4b9957   117  c5f8114580           vmovups [rbp-0x80],xmm0
0x1f3b4b995c   11c  c5f8118570ffffff     vmovups [rbp-0x90],xmm0
0x1f3b4b9964   124  c5f8118560ffffff     vmovups [rbp-0xa0],xmm0
0x1f3b4b996c   12c  448bfb               movl r15,rbx
0x1f3b4b996f   12f  e961010000           jmp 0x1f3b4b9ad5  <+0x295>
0x1f3b4b9974   134  660f1f840000000000   nop
0x1f3b4b997d   13d  0f1f00               nop
0x1f3b4b9980   140  4589e6               movl r14,r12
0x1f3b4b9983   143  c4217a6f0437         vmovdqu xmm8,[rdi+r14*1]
0x1f3b4b9989   149  418bc7               movl rax,r15
0x1f3b4b998c   14c  c57a6f0c07           vmovdqu xmm9,[rdi+rax*1]
0x1f3b4b9991   151  c4217a6f543740       vmovdqu xmm10,[rdi+r14*1+0x40]
0x1f3b4b9998   158  c57a6f5c0720         vmovdqu xmm11,[rdi+rax*1+0x20]
0x1f3b4b999e   15e  c57a6f640710         vmovdqu xmm12,[rdi+rax*1+0x10]
0x1f3b4b99a4   164  c57a6f6c0730         vmovdqu xmm13,[rdi+rax*1+0x30]
0x1f3b4b99aa   16a  c4217a6f743710       vmovdqu xmm14,[rdi+r14*1+0x10]
0x1f3b4b99b1   171  c4a17a6f7c3750       vmovdqu xmm7,[rdi+r14*1+0x50]
0x1f3b4b99b8   178  c4a17a6f743720       vmovdqu xmm6,[rdi+r14*1+0x20]
0x1f3b4b99bf   17f  c578119530ffffff     vmovups [rbp-0xd0],xmm10
0x1f3b4b99c7   187  c4217a6f543760       vmovdqu xmm10,[rdi+r14*1+0x60]
0x1f3b4b99ce   18e  c578118520ffffff     vmovups [rbp-0xe0],xmm8
0x1f3b4b99d6   196  c4217a6f443730       vmovdqu xmm8,[rdi+r14*1+0x30]
0x1f3b4b99dd   19d  c4a17a6f6c3770       vmovdqu xmm5,[rdi+r14*1+0x70]
0x1f3b4b99e4   1a4  c4c13859e4           vmulps xmm4,xmm8,xmm12
0x1f3b4b99e9   1a9  c5f811bd10ffffff     vmovups [rbp-0xf0],xmm7
0x1f3b4b99f1   1b1  c4c15059fd           vmulps xmm7,xmm5,xmm13
0x1f3b4b99f6   1b6  c5f858c4             vaddps xmm0,xmm0,xmm4
0x1f3b4b99fa   1ba  c5f858c7             vaddps xmm0,xmm0,xmm7
0x1f3b4b99fe   1be  c4c13859e1           vmulps xmm4,xmm8,xmm9
0x1f3b4b9a03   1c3  c4c15059eb           vmulps xmm5,xmm5,xmm11
0x1f3b4b9a08   1c8  c5f058cc             vaddps xmm1,xmm1,xmm4
0x1f3b4b9a0c   1cc  c5f058cd             vaddps xmm1,xmm1,xmm5
0x1f3b4b9a10   1d0  c4c14859e4           vmulps xmm4,xmm6,xmm12
0x1f3b4b9a15   1d5  c4c12859ed           vmulps xmm5,xmm10,xmm13
0x1f3b4b9a1a   1da  c5e858d4             vaddps xmm2,xmm2,xmm4
0x1f3b4b9a1e   1de  c5e858d5             vaddps xmm2,xmm2,xmm5
0x1f3b4b9a22   1e2  c4c14859e1           vmulps xmm4,xmm6,xmm9
0x1f3b4b9a27   1e7  c4c12859eb           vmulps xmm5,xmm10,xmm11
0x1f3b4b9a2c   1ec  c5e058dc             vaddps xmm3,xmm3,xmm4
0x1f3b4b9a30   1f0  c5e058dd             vaddps xmm3,xmm3,xmm5
0x1f3b4b9a34   1f4  c4c10859e4           vmulps xmm4,xmm14,xmm12
0x1f3b4b9a39   1f9  c5f810ad10ffffff     vmovups xmm5,[rbp-0xf0]
0x1f3b4b9a41   201  c4c15059f5           vmulps xmm6,xmm5,xmm13
0x1f3b4b9a46   206  c5f8107d90           vmovups xmm7,[rbp-0x70]
0x1f3b4b9a4b   20b  c5c058e4             vaddps xmm4,xmm7,xmm4
0x1f3b4b9a4f   20f  c5d858e6             vaddps xmm4,xmm4,xmm6
0x1f3b4b9a53   213  c4c10859f1           vmulps xmm6,xmm14,xmm9
0x1f3b4b9a58   218  c4c15059eb           vmulps xmm5,xmm5,xmm11
0x1f3b4b9a5d   21d  c578104580           vmovups xmm8,[rbp-0x80]
0x1f3b4b9a62   222  c5b858f6             vaddps xmm6,xmm8,xmm6
0x1f3b4b9a66   226  c5c858ed             vaddps xmm5,xmm6,xmm5
0x1f3b4b9a6a   22a  c5f810b520ffffff     vmovups xmm6,[rbp-0xe0]
0x1f3b4b9a72   232  c4c14859fc           vmulps xmm7,xmm6,xmm12
0x1f3b4b9a77   237  c578108530ffffff     vmovups xmm8,[rbp-0xd0]
0x1f3b4b9a7f   23f  c4413859d5           vmulps xmm10,xmm8,xmm13
0x1f3b4b9a84   244  c57810a570ffffff     vmovups xmm12,[rbp-0x90]
0x1f3b4b9a8c   24c  c59858ff             vaddps xmm7,xmm12,xmm7
0x1f3b4b9a90   250  c4c14058fa           vaddps xmm7,xmm7,xmm10
0x1f3b4b9a95   255  c4c14859f1           vmulps xmm6,xmm6,xmm9
0x1f3b4b9a9a   25a  c4413859c3           vmulps xmm8,xmm8,xmm11
0x1f3b4b9a9f   25f  c578108d60ffffff     vmovups xmm9,[rbp-0xa0]
0x1f3b4b9aa7   267  c5b058f6             vaddps xmm6,xmm9,xmm6
0x1f3b4b9aab   26b  c4c14858f0           vaddps xmm6,xmm6,xmm8
0x1f3b4b9ab0   270  4183c740             addl r15,0x40
0x1f3b4b9ab4   274  4181c480000000       addl r12,0x80
0x1f3b4b9abb   27b  c5f811b560ffffff     vmovups [rbp-0xa0],xmm6
0x1f3b4b9ac3   283  c5f811bd70ffffff     vmovups [rbp-0x90],xmm7
0x1f3b4b9acb   28b  c5f8116d80           vmovups [rbp-0x80],xmm5
0x1f3b4b9ad0   290  c5f8116590           vmovups [rbp-0x70],xmm4
0x1f3b4b9ad5   295  483b26               REX.W cmpq rsp,[rsi]
0x1f3b4b9ad8   298  0f8670000000         jna 0x1f3b4b9b4e  <+0x30e>
0x1f3b4b9ade   29e  453bfb               cmpl r15,r11
0x1f3b4b9ae1   2a1  0f8399fdffff         jnc 0x1f3b4b9880  <+0x40>
0x1f3b4b9ae7   2a7  e994feffff           jmp 0x1f3b4b9980  <+0x140>
0x1f3b4b9aec   2ac  488be5               REX.W movq rsp,rbp
0x1f3b4b9aef   2af  5d                   pop rbp
0x1f3b4b9af0   2b0  c3                   retl
0x1f3b4b9af1   2b1  48897de8             REX.W movq [rbp-0x18],rdi
0x1f3b4b9af5   2b5  4c894de0             REX.W movq [rbp-0x20],r9
0x1f3b4b9af9   2b9  4c898558ffffff       REX.W movq [rbp-0xa8],r8
0x1f3b4b9b00   2c0  4889b508ffffff       REX.W movq [rbp-0xf8],rsi
0x1f3b4b9b07   2c7  48899d00ffffff       REX.W movq [rbp-0x100],rbx
0x1f3b4b9b0e   2ce  48898df8feffff       REX.W movq [rbp-0x108],rcx
0x1f3b4b9b15   2d5  488995f0feffff       REX.W movq [rbp-0x110],rdx
0x1f3b4b9b1c   2dc  e8afd7ffff           call 0x1f3b4b72d0  (jump table)
0x1f3b4b9b21   2e1  488b7de8             REX.W movq rdi,[rbp-0x18]
0x1f3b4b9b25   2e5  448b4de0             movl r9,[rbp-0x20]
0x1f3b4b9b29   2e9  448b8558ffffff       movl r8,[rbp-0xa8]
0x1f3b4b9b30   2f0  488bb508ffffff       REX.W movq rsi,[rbp-0xf8]
0x1f3b4b9b37   2f7  8b9d00ffffff         movl rbx,[rbp-0x100]
0x1f3b4b9b3d   2fd  8b8df8feffff         movl rcx,[rbp-0x108]
0x1f3b4b9b43   303  8b95f0feffff         movl rdx,[rbp-0x110]
0x1f3b4b9b49   309  e9dafdffff           jmp 0x1f3b4b9928  <+0xe8>
0x1f3b4b9b4e   30e  48897de8             REX.W movq [rbp-0x18],rdi
0x1f3b4b9b52   312  c5f81145d0           vmovups [rbp-0x30],xmm0
0x1f3b4b9b57   317  c5f8114dc0           vmovups [rbp-0x40],xmm1
0x1f3b4b9b5c   31c  c5f81155b0           vmovups [rbp-0x50],xmm2
0x1f3b4b9b61   321  c5f8115da0           vmovups [rbp-0x60],xmm3
0x1f3b4b9b66   326  4c894de0             REX.W movq [rbp-0x20],r9
0x1f3b4b9b6a   32a  4c898558ffffff       REX.W movq [rbp-0xa8],r8
0x1f3b4b9b71   331  4c89a550ffffff       REX.W movq [rbp-0xb0],r12
0x1f3b4b9b78   338  4c89bd48ffffff       REX.W movq [rbp-0xb8],r15
0x1f3b4b9b7f   33f  4c899d40ffffff       REX.W movq [rbp-0xc0],r11
0x1f3b4b9b86   346  4889b508ffffff       REX.W movq [rbp-0xf8],rsi
0x1f3b4b9b8d   34d  48899d00ffffff       REX.W movq [rbp-0x100],rbx
0x1f3b4b9b94   354  48898df8feffff       REX.W movq [rbp-0x108],rcx
0x1f3b4b9b9b   35b  488995f0feffff       REX.W movq [rbp-0x110],rdx
0x1f3b4b9ba2   362  e829d7ffff           call 0x1f3b4b72d0  (jump table)
0x1f3b4b9ba7   367  488b7de8             REX.W movq rdi,[rbp-0x18]
0x1f3b4b9bab   36b  c5f81045d0           vmovups xmm0,[rbp-0x30]
0x1f3b4b9bb0   370  c5f8104dc0           vmovups xmm1,[rbp-0x40]
0x1f3b4b9bb5   375  c5f81055b0           vmovups xmm2,[rbp-0x50]
0x1f3b4b9bba   37a  c5f8105da0           vmovups xmm3,[rbp-0x60]
0x1f3b4b9bbf   37f  448b4de0             movl r9,[rbp-0x20]
0x1f3b4b9bc3   383  448b8558ffffff       movl r8,[rbp-0xa8]
0x1f3b4b9bca   38a  448ba550ffffff       movl r12,[rbp-0xb0]
0x1f3b4b9bd1   391  448bbd48ffffff       movl r15,[rbp-0xb8]
0x1f3b4b9bd8   398  448b9d40ffffff       movl r11,[rbp-0xc0]
0x1f3b4b9bdf   39f  488bb508ffffff       REX.W movq rsi,[rbp-0xf8]
0x1f3b4b9be6   3a6  8b9d00ffffff         movl rbx,[rbp-0x100]
0x1f3b4b9bec   3ac  8b8df8feffff         movl rcx,[rbp-0x108]
0x1f3b4b9bf2   3b2  8b95f0feffff         movl rdx,[rbp-0x110]
0x1f3b4b9bf8   3b8  e9e1feffff           jmp 0x1f3b4b9ade  <+0x29e>
0x1f3b4b9bfd   3bd  e84ed4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c02   3c2  e849d4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c07   3c7  e844d4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c0c   3cc  e83fd4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c11   3d1  e83ad4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c16   3d6  e835d4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c1b   3db  e830d4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c20   3e0  e82bd4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c25   3e5  e826d4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c2a   3ea  e821d4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c2f   3ef  e81cd4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c34   3f4  e817d4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c39   3f9  e812d4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c3e   3fe  e80dd4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c43   403  e808d4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c48   408  e803d4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c4d   40d  e8fed3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c52   412  e8f9d3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c57   417  e8f4d3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c5c   41c  e8efd3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c61   421  e8ead3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c66   426  e8e5d3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c6b   42b  e8e0d3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c70   430  e8dbd3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c75   435  e8d6d3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c7a   43a  e8d1d3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c7f   43f  e8ccd3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c84   444  e8c7d3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4b9c89   449  90                   nop
0x1f3b4b9c8a   44a  6690                 nop

Protected instructions:
 pc offset  land pad
       19d       3bd
       196       3c2
       187       3c7
       178       3cc
       171       3d1
       16a       3d6
       164       3db
       15e       3e0
       158       3e5
       151       3ea
       14c       3ef
       143       3f4
        d9       3f9
        cf       3fe
        c9       403
        bf       408
        b9       40d
        af       412
        a9       417
        9f       41c
        99       421
        8a       426
        84       42b
        75       430
        6f       435
        5d       43a
        58       43f
        47       444

Source positions:
 pc offset  position
        47       486
        58       495
        5d       503
        6f       512
        75       520
        84       529
        8a       537
        99       546
        9f       554
        a9       563
        af       571
        b9       580
        bf       588
        c9       597
        cf       605
        d9       614
       143       203
       14c       211
       151       225
       158       233
       15e       253
       164       269
       16a       287
       171       303
       178       347
       17f       363
       18e       407
       19d       423
       2b1         5
       30e       190
       3bd       423
       3c2       407
       3c7       363
       3cc       347
       3d1       303
       3d6       287
       3db       269
       3e0       253
       3e5       233
       3ea       225
       3ef       211
       3f4       203
       3f9       614
       3fe       605
       403       597
       408       588
       40d       580
       412       571
       417       563
       41c       554
       421       546
       426       537
       42b       529
       430       520
       435       512
       43a       503
       43f       495
       444       486

Safepoints (entries = 1, byte size = 15)
0x1f3b4b9b21    2e1  slots (sp->fp): 0000000000000000000000000000000000000000

RelocInfo (size = 36)
0x1f3b4b9b1d  wasm stub call  (0x1f3b4b72d0)
0x1f3b4b9ba3  wasm stub call  (0x1f3b4b72d0)
0x1f3b4b9bfe  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c03  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c08  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c0d  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c12  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c17  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c1c  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c21  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c26  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c2b  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c30  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c35  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c3a  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c3f  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c44  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c49  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c4e  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c53  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c58  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c5d  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c62  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c67  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c6c  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c71  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c76  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c7b  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c80  wasm stub call  (0x1f3b4b7050)
0x1f3b4b9c85  wasm stub call  (0x1f3b4b7050)

--- End code ---
--- WebAssembly code ---
name: wasm-function[5]
index: 5
kind: wasm function
compiler: Liftoff
Body (size = 1344 = 1328 + 16 padding)
Instructions (size = 1312)
0x1f3b4b9cc0     0  55                   push rbp
0x1f3b4b9cc1     1  4889e5               REX.W movq rbp,rsp
0x1f3b4b9cc4     4  6a08                 push 0x8
0x1f3b4b9cc6     6  56                   push rsi
0x1f3b4b9cc7     7  4881ec08010000       REX.W subq rsp,0x108
0x1f3b4b9cce     e  50                   push rax
0x1f3b4b9ccf     f  51                   push rcx
0x1f3b4b9cd0    10  57                   push rdi
0x1f3b4b9cd1    11  488dbdecfeffff       REX.W leaq rdi,[rbp-0x114]
0x1f3b4b9cd8    18  33c0                 xorl rax,rax
0x1f3b4b9cda    1a  b938000000           movl rcx,0x38
0x1f3b4b9cdf    1f  f3ab                 rep stosl
0x1f3b4b9ce1    21  5f                   pop rdi
0x1f3b4b9ce2    22  59                   pop rcx
0x1f3b4b9ce3    23  58                   pop rax
0x1f3b4b9ce4    24  488b7e4f             REX.W movq rdi,[rsi+0x4f]
0x1f3b4b9ce8    28  483b27               REX.W cmpq rsp,[rdi]
0x1f3b4b9ceb    2b  0f86bd030000         jna 0x1f3b4ba0ae  <+0x3ee>
0x1f3b4b9cf1    31  8945dc               movl [rbp-0x24],rax
0x1f3b4b9cf4    34  8955d8               movl [rbp-0x28],rdx
0x1f3b4b9cf7    37  894dd4               movl [rbp-0x2c],rcx
0x1f3b4b9cfa    3a  895dd0               movl [rbp-0x30],rbx
0x1f3b4b9cfd    3d  44894dcc             movl [rbp-0x34],r9
0x1f3b4b9d01    41  8b45dc               movl rax,[rbp-0x24]
0x1f3b4b9d04    44  8b4dc0               movl rcx,[rbp-0x40]
0x1f3b4b9d07    47  3bc1                 cmpl rax,rcx
0x1f3b4b9d09    49  0f8e81030000         jle 0x1f3b4ba090  <+0x3d0>
0x1f3b4b9d0f    4f  c5f9efc0             vpxor xmm0,xmm0,xmm0
0x1f3b4b9d13    53  c5f1efc9             vpxor xmm1,xmm1,xmm1
0x1f3b4b9d17    57  c5e9efd2             vpxor xmm2,xmm2,xmm2
0x1f3b4b9d1b    5b  c5e1efdb             vpxor xmm3,xmm3,xmm3
0x1f3b4b9d1f    5f  c5d9efe4             vpxor xmm4,xmm4,xmm4
0x1f3b4b9d23    63  c5d1efed             vpxor xmm5,xmm5,xmm5
0x1f3b4b9d27    67  c5c9eff6             vpxor xmm6,xmm6,xmm6
0x1f3b4b9d2b    6b  c5c1efff             vpxor xmm7,xmm7,xmm7
0x1f3b4b9d2f    6f  c5fa7f459c           vmovdqu [rbp-0x64],xmm0
0x1f3b4b9d34    74  c5f9efc0             vpxor xmm0,xmm0,xmm0
0x1f3b4b9d38    78  c5fa7f4d8c           vmovdqu [rbp-0x74],xmm1
0x1f3b4b9d3d    7d  c5f1efc9             vpxor xmm1,xmm1,xmm1
0x1f3b4b9d41    81  8b45d4               movl rax,[rbp-0x2c]
0x1f3b4b9d44    84  8b4dd0               movl rcx,[rbp-0x30]
0x1f3b4b9d47    87  8b55d8               movl rdx,[rbp-0x28]
0x1f3b4b9d4a    8a  c1e205               shll rdx, 5
0x1f3b4b9d4d    8d  8d1411               leal rdx,[rcx+rdx*1]
0x1f3b4b9d50    90  8945c8               movl [rbp-0x38],rax
0x1f3b4b9d53    93  894dc4               movl [rbp-0x3c],rcx
0x1f3b4b9d56    96  8955bc               movl [rbp-0x44],rdx
0x1f3b4b9d59    99  c5fa7f957cffffff     vmovdqu [rbp-0x84],xmm2
0x1f3b4b9d61    a1  c5fa7f9d6cffffff     vmovdqu [rbp-0x94],xmm3
0x1f3b4b9d69    a9  c5fa7fa55cffffff     vmovdqu [rbp-0xa4],xmm4
0x1f3b4b9d71    b1  c5fa7fad4cffffff     vmovdqu [rbp-0xb4],xmm5
0x1f3b4b9d79    b9  c5fa7fb53cffffff     vmovdqu [rbp-0xc4],xmm6
0x1f3b4b9d81    c1  c5fa7fbd2cffffff     vmovdqu [rbp-0xd4],xmm7
0x1f3b4b9d89    c9  c5fa7f851cffffff     vmovdqu [rbp-0xe4],xmm0
0x1f3b4b9d91    d1  c5fa7f8d0cffffff     vmovdqu [rbp-0xf4],xmm1
0x1f3b4b9d99    d9  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4b9d9c    dc  8b4dbc               movl rcx,[rbp-0x44]
0x1f3b4b9d9f    df  3bc1                 cmpl rax,rcx
0x1f3b4b9da1    e1  0f838e010000         jnc 0x1f3b4b9f35  <+0x275>
0x1f3b4b9da7    e7  c5fa6f459c           vmovdqu xmm0,[rbp-0x64]
0x1f3b4b9dac    ec  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b9daf    ef  488b4e3f             REX.W movq rcx,[rsi+0x3f]
0x1f3b4b9db3    f3  c4e279180c01         vbroadcastss xmm1,[rcx+rax*1]
0x1f3b4b9db9    f9  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4b9dbc    fc  c5fa6f1401           vmovdqu xmm2,[rcx+rax*1]
0x1f3b4b9dc1   101  c5f059da             vmulps xmm3,xmm1,xmm2
0x1f3b4b9dc5   105  c5f858c3             vaddps xmm0,xmm0,xmm3
0x1f3b4b9dc9   109  c5fa6f5d8c           vmovdqu xmm3,[rbp-0x74]
0x1f3b4b9dce   10e  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4b9dd1   111  c5fa6f640110         vmovdqu xmm4,[rcx+rax*1+0x10]
0x1f3b4b9dd7   117  c5f059cc             vmulps xmm1,xmm1,xmm4
0x1f3b4b9ddb   11b  c5e058d9             vaddps xmm3,xmm3,xmm1
0x1f3b4b9ddf   11f  c5fa6f8d7cffffff     vmovdqu xmm1,[rbp-0x84]
0x1f3b4b9de7   127  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b9dea   12a  c4e279186c0104       vbroadcastss xmm5,[rcx+rax*1+0x4]
0x1f3b4b9df1   131  c5d059f2             vmulps xmm6,xmm5,xmm2
0x1f3b4b9df5   135  c5f058ce             vaddps xmm1,xmm1,xmm6
0x1f3b4b9df9   139  c5fa6fb56cffffff     vmovdqu xmm6,[rbp-0x94]
0x1f3b4b9e01   141  c5d059fc             vmulps xmm7,xmm5,xmm4
0x1f3b4b9e05   145  c5c858f7             vaddps xmm6,xmm6,xmm7
0x1f3b4b9e09   149  c5fa6fbd5cffffff     vmovdqu xmm7,[rbp-0xa4]
0x1f3b4b9e11   151  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b9e14   154  c5fa7f55ac           vmovdqu [rbp-0x54],xmm2
0x1f3b4b9e19   159  c4e27918540108       vbroadcastss xmm2,[rcx+rax*1+0x8]
0x1f3b4b9e20   160  c5fa6f6dac           vmovdqu xmm5,[rbp-0x54]
0x1f3b4b9e25   165  c5e859ed             vmulps xmm5,xmm2,xmm5
0x1f3b4b9e29   169  c5c058fd             vaddps xmm7,xmm7,xmm5
0x1f3b4b9e2d   16d  c5fa6fad4cffffff     vmovdqu xmm5,[rbp-0xb4]
0x1f3b4b9e35   175  c5fa7f5d8c           vmovdqu [rbp-0x74],xmm3
0x1f3b4b9e3a   17a  c5e859dc             vmulps xmm3,xmm2,xmm4
0x1f3b4b9e3e   17e  c5d058eb             vaddps xmm5,xmm5,xmm3
0x1f3b4b9e42   182  c5fa6f9d3cffffff     vmovdqu xmm3,[rbp-0xc4]
0x1f3b4b9e4a   18a  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b9e4d   18d  c5fa7fa5fcfeffff     vmovdqu [rbp-0x104],xmm4
0x1f3b4b9e55   195  c4e2791864010c       vbroadcastss xmm4,[rcx+rax*1+0xc]
0x1f3b4b9e5c   19c  c5fa6f55ac           vmovdqu xmm2,[rbp-0x54]
0x1f3b4b9e61   1a1  c5d859d2             vmulps xmm2,xmm4,xmm2
0x1f3b4b9e65   1a5  c5e058da             vaddps xmm3,xmm3,xmm2
0x1f3b4b9e69   1a9  c5fa6f952cffffff     vmovdqu xmm2,[rbp-0xd4]
0x1f3b4b9e71   1b1  c5fa7fad4cffffff     vmovdqu [rbp-0xb4],xmm5
0x1f3b4b9e79   1b9  c5fa6fadfcfeffff     vmovdqu xmm5,[rbp-0x104]
0x1f3b4b9e81   1c1  c5d859ed             vmulps xmm5,xmm4,xmm5
0x1f3b4b9e85   1c5  c5e858d5             vaddps xmm2,xmm2,xmm5
0x1f3b4b9e89   1c9  c5fa6fad1cffffff     vmovdqu xmm5,[rbp-0xe4]
0x1f3b4b9e91   1d1  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b9e94   1d4  c5fa7fb56cffffff     vmovdqu [rbp-0x94],xmm6
0x1f3b4b9e9c   1dc  c4e27918740110       vbroadcastss xmm6,[rcx+rax*1+0x10]
0x1f3b4b9ea3   1e3  c5fa6f65ac           vmovdqu xmm4,[rbp-0x54]
0x1f3b4b9ea8   1e8  c5c859e4             vmulps xmm4,xmm6,xmm4
0x1f3b4b9eac   1ec  c5d058ec             vaddps xmm5,xmm5,xmm4
0x1f3b4b9eb0   1f0  c5fa6fa50cffffff     vmovdqu xmm4,[rbp-0xf4]
0x1f3b4b9eb8   1f8  c5fa7fbd5cffffff     vmovdqu [rbp-0xa4],xmm7
0x1f3b4b9ec0   200  c5fa6fbdfcfeffff     vmovdqu xmm7,[rbp-0x104]
0x1f3b4b9ec8   208  c5c859ff             vmulps xmm7,xmm6,xmm7
0x1f3b4b9ecc   20c  c5d858e7             vaddps xmm4,xmm4,xmm7
0x1f3b4b9ed0   210  8b45c8               movl rax,[rbp-0x38]
0x1f3b4b9ed3   213  83c014               addl rax,0x14
0x1f3b4b9ed6   216  8b55c4               movl rdx,[rbp-0x3c]
0x1f3b4b9ed9   219  83c220               addl rdx,0x20
0x1f3b4b9edc   21c  488b9eaf000000       REX.W movq rbx,[rsi+0xaf]
0x1f3b4b9ee3   223  8b7b14               movl rdi,[rbx+0x14]
0x1f3b4b9ee6   226  81ef44010000         subl rdi,0x144
0x1f3b4b9eec   22c  0f88f9010000         js 0x1f3b4ba0eb  <+0x42b>
0x1f3b4b9ef2   232  897b14               movl [rbx+0x14],rdi
0x1f3b4b9ef5   235  8945c8               movl [rbp-0x38],rax
0x1f3b4b9ef8   238  8955c4               movl [rbp-0x3c],rdx
0x1f3b4b9efb   23b  c5fa7f459c           vmovdqu [rbp-0x64],xmm0
0x1f3b4b9f00   240  c5fa7f8d7cffffff     vmovdqu [rbp-0x84],xmm1
0x1f3b4b9f08   248  c5fa7f9d3cffffff     vmovdqu [rbp-0xc4],xmm3
0x1f3b4b9f10   250  c5fa7f952cffffff     vmovdqu [rbp-0xd4],xmm2
0x1f3b4b9f18   258  c5fa7fad1cffffff     vmovdqu [rbp-0xe4],xmm5
0x1f3b4b9f20   260  c5fa7fa50cffffff     vmovdqu [rbp-0xf4],xmm4
0x1f3b4b9f28   268  c5fa7fb5ecfeffff     vmovdqu [rbp-0x114],xmm6
0x1f3b4b9f30   270  e964feffff           jmp 0x1f3b4b9d99  <+0xd9>
0x1f3b4b9f35   275  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b9f38   278  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b9f3b   27b  488b563f             REX.W movq rdx,[rsi+0x3f]
0x1f3b4b9f3f   27f  c5fa6f040a           vmovdqu xmm0,[rdx+rcx*1]
0x1f3b4b9f44   284  c5fa6f4d9c           vmovdqu xmm1,[rbp-0x64]
0x1f3b4b9f49   289  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b9f4d   28d  c5fa7f0402           vmovdqu [rdx+rax*1],xmm0
0x1f3b4b9f52   292  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b9f55   295  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b9f58   298  c5fa6f440a10         vmovdqu xmm0,[rdx+rcx*1+0x10]
0x1f3b4b9f5e   29e  c5fa6f4d8c           vmovdqu xmm1,[rbp-0x74]
0x1f3b4b9f63   2a3  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b9f67   2a7  c5fa7f440210         vmovdqu [rdx+rax*1+0x10],xmm0
0x1f3b4b9f6d   2ad  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b9f70   2b0  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b9f73   2b3  c5fa6f440a20         vmovdqu xmm0,[rdx+rcx*1+0x20]
0x1f3b4b9f79   2b9  c5fa6f8d7cffffff     vmovdqu xmm1,[rbp-0x84]
0x1f3b4b9f81   2c1  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b9f85   2c5  c5fa7f440220         vmovdqu [rdx+rax*1+0x20],xmm0
0x1f3b4b9f8b   2cb  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b9f8e   2ce  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b9f91   2d1  c5fa6f440a30         vmovdqu xmm0,[rdx+rcx*1+0x30]
0x1f3b4b9f97   2d7  c5fa6f8d6cffffff     vmovdqu xmm1,[rbp-0x94]
0x1f3b4b9f9f   2df  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b9fa3   2e3  c5fa7f440230         vmovdqu [rdx+rax*1+0x30],xmm0
0x1f3b4b9fa9   2e9  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b9fac   2ec  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b9faf   2ef  c5fa6f440a40         vmovdqu xmm0,[rdx+rcx*1+0x40]
0x1f3b4b9fb5   2f5  c5fa6f8d5cffffff     vmovdqu xmm1,[rbp-0xa4]
0x1f3b4b9fbd   2fd  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b9fc1   301  c5fa7f440240         vmovdqu [rdx+rax*1+0x40],xmm0
0x1f3b4b9fc7   307  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b9fca   30a  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b9fcd   30d  c5fa6f440a50         vmovdqu xmm0,[rdx+rcx*1+0x50]
0x1f3b4b9fd3   313  c5fa6f8d4cffffff     vmovdqu xmm1,[rbp-0xb4]
0x1f3b4b9fdb   31b  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b9fdf   31f  c5fa7f440250         vmovdqu [rdx+rax*1+0x50],xmm0
0x1f3b4b9fe5   325  8b45cc               movl rax,[rbp-0x34]
0x1f3b4b9fe8   328  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4b9feb   32b  c5fa6f440a60         vmovdqu xmm0,[rdx+rcx*1+0x60]
0x1f3b4b9ff1   331  c5fa6f8d3cffffff     vmovdqu xmm1,[rbp-0xc4]
0x1f3b4b9ff9   339  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4b9ffd   33d  c5fa7f440260         vmovdqu [rdx+rax*1+0x60],xmm0
0x1f3b4ba003   343  8b45cc               movl rax,[rbp-0x34]
0x1f3b4ba006   346  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4ba009   349  c5fa6f440a70         vmovdqu xmm0,[rdx+rcx*1+0x70]
0x1f3b4ba00f   34f  c5fa6f8d2cffffff     vmovdqu xmm1,[rbp-0xd4]
0x1f3b4ba017   357  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4ba01b   35b  c5fa7f440270         vmovdqu [rdx+rax*1+0x70],xmm0
0x1f3b4ba021   361  8b45cc               movl rax,[rbp-0x34]
0x1f3b4ba024   364  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4ba027   367  c5fa6f840a80000000   vmovdqu xmm0,[rdx+rcx*1+0x80]
0x1f3b4ba030   370  c5fa6f8d1cffffff     vmovdqu xmm1,[rbp-0xe4]
0x1f3b4ba038   378  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4ba03c   37c  c5fa7f840280000000   vmovdqu [rdx+rax*1+0x80],xmm0
0x1f3b4ba045   385  8b45cc               movl rax,[rbp-0x34]
0x1f3b4ba048   388  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4ba04b   38b  c5fa6f840a90000000   vmovdqu xmm0,[rdx+rcx*1+0x90]
0x1f3b4ba054   394  c5fa6f8d0cffffff     vmovdqu xmm1,[rbp-0xf4]
0x1f3b4ba05c   39c  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4ba060   3a0  c5fa7f840290000000   vmovdqu [rdx+rax*1+0x90],xmm0
0x1f3b4ba069   3a9  8b45c0               movl rax,[rbp-0x40]
0x1f3b4ba06c   3ac  83c001               addl rax,0x1
0x1f3b4ba06f   3af  488b8eaf000000       REX.W movq rcx,[rsi+0xaf]
0x1f3b4ba076   3b6  8b5914               movl rbx,[rcx+0x14]
0x1f3b4ba079   3b9  81eb6f030000         subl rbx,0x36f
0x1f3b4ba07f   3bf  0f8838010000         js 0x1f3b4ba1bd  <+0x4fd>
0x1f3b4ba085   3c5  895914               movl [rcx+0x14],rbx
0x1f3b4ba088   3c8  8945c0               movl [rbp-0x40],rax
0x1f3b4ba08b   3cb  e971fcffff           jmp 0x1f3b4b9d01  <+0x41>
0x1f3b4ba090   3d0  488b86af000000       REX.W movq rax,[rsi+0xaf]
0x1f3b4ba097   3d7  8b4814               movl rcx,[rax+0x14]
0x1f3b4ba09a   3da  81e9d0030000         subl rcx,0x3d0
0x1f3b4ba0a0   3e0  0f8829010000         js 0x1f3b4ba1cf  <+0x50f>
0x1f3b4ba0a6   3e6  894814               movl [rax+0x14],rcx
0x1f3b4ba0a9   3e9  488be5               REX.W movq rsp,rbp
0x1f3b4ba0ac   3ec  5d                   pop rbp
0x1f3b4ba0ad   3ed  c3                   retl
0x1f3b4ba0ae   3ee  50                   push rax
0x1f3b4ba0af   3ef  51                   push rcx
0x1f3b4ba0b0   3f0  52                   push rdx
0x1f3b4ba0b1   3f1  53                   push rbx
0x1f3b4ba0b2   3f2  4151                 push r9
0x1f3b4ba0b4   3f4  e817d2ffff           call 0x1f3b4b72d0  (jump table)
0x1f3b4ba0b9   3f9  4159                 pop r9
0x1f3b4ba0bb   3fb  5b                   pop rbx
0x1f3b4ba0bc   3fc  5a                   pop rdx
0x1f3b4ba0bd   3fd  59                   pop rcx
0x1f3b4ba0be   3fe  58                   pop rax
0x1f3b4ba0bf   3ff  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4ba0c3   403  e929fcffff           jmp 0x1f3b4b9cf1  <+0x31>
0x1f3b4ba0c8   408  e883cfffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba0cd   40d  e87ecfffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba0d2   412  e879cfffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba0d7   417  e874cfffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba0dc   41c  e86fcfffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba0e1   421  e86acfffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba0e6   426  e865cfffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba0eb   42b  50                   push rax
0x1f3b4ba0ec   42c  51                   push rcx
0x1f3b4ba0ed   42d  52                   push rdx
0x1f3b4ba0ee   42e  4883ec70             REX.W subq rsp,0x70
0x1f3b4ba0f2   432  c5fa7f0424           vmovdqu [rsp],xmm0
0x1f3b4ba0f7   437  c5fa7f4c2410         vmovdqu [rsp+0x10],xmm1
0x1f3b4ba0fd   43d  c5fa7f542420         vmovdqu [rsp+0x20],xmm2
0x1f3b4ba103   443  c5fa7f5c2430         vmovdqu [rsp+0x30],xmm3
0x1f3b4ba109   449  c5fa7f642440         vmovdqu [rsp+0x40],xmm4
0x1f3b4ba10f   44f  c5fa7f6c2450         vmovdqu [rsp+0x50],xmm5
0x1f3b4ba115   455  c5fa7f742460         vmovdqu [rsp+0x60],xmm6
0x1f3b4ba11b   45b  e840d0ffff           call 0x1f3b4b7160  (jump table)
0x1f3b4ba120   460  c5fa6f0424           vmovdqu xmm0,[rsp]
0x1f3b4ba125   465  c5fa6f4c2410         vmovdqu xmm1,[rsp+0x10]
0x1f3b4ba12b   46b  c5fa6f542420         vmovdqu xmm2,[rsp+0x20]
0x1f3b4ba131   471  c5fa6f5c2430         vmovdqu xmm3,[rsp+0x30]
0x1f3b4ba137   477  c5fa6f642440         vmovdqu xmm4,[rsp+0x40]
0x1f3b4ba13d   47d  c5fa6f6c2450         vmovdqu xmm5,[rsp+0x50]
0x1f3b4ba143   483  c5fa6f742460         vmovdqu xmm6,[rsp+0x60]
0x1f3b4ba149   489  4883c470             REX.W addq rsp,0x70
0x1f3b4ba14d   48d  5a                   pop rdx
0x1f3b4ba14e   48e  59                   pop rcx
0x1f3b4ba14f   48f  58                   pop rax
0x1f3b4ba150   490  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4ba154   494  e99cfdffff           jmp 0x1f3b4b9ef5  <+0x235>
0x1f3b4ba159   499  e8f2ceffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba15e   49e  e8edceffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba163   4a3  e8e8ceffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba168   4a8  e8e3ceffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba16d   4ad  e8deceffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba172   4b2  e8d9ceffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba177   4b7  e8d4ceffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba17c   4bc  e8cfceffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba181   4c1  e8caceffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba186   4c6  e8c5ceffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba18b   4cb  e8c0ceffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba190   4d0  e8bbceffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba195   4d5  e8b6ceffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba19a   4da  e8b1ceffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba19f   4df  e8acceffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba1a4   4e4  e8a7ceffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba1a9   4e9  e8a2ceffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba1ae   4ee  e89dceffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba1b3   4f3  e898ceffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba1b8   4f8  e893ceffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba1bd   4fd  50                   push rax
0x1f3b4ba1be   4fe  52                   push rdx
0x1f3b4ba1bf   4ff  e89ccfffff           call 0x1f3b4b7160  (jump table)
0x1f3b4ba1c4   504  5a                   pop rdx
0x1f3b4ba1c5   505  58                   pop rax
0x1f3b4ba1c6   506  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4ba1ca   50a  e9b9feffff           jmp 0x1f3b4ba088  <+0x3c8>
0x1f3b4ba1cf   50f  e88ccfffff           call 0x1f3b4b7160  (jump table)
0x1f3b4ba1d4   514  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4ba1d8   518  e9ccfeffff           jmp 0x1f3b4ba0a9  <+0x3e9>
0x1f3b4ba1dd   51d  0f1f00               nop

Protected instructions:
 pc offset  land pad
        f3       408
        fc       40d
       111       412
       12a       417
       159       41c
       195       421
       1dc       426
       27f       499
       28d       49e
       298       4a3
       2a7       4a8
       2b3       4ad
       2c5       4b2
       2d1       4b7
       2e3       4bc
       2ef       4c1
       301       4c6
       30d       4cb
       31f       4d0
       32b       4d5
       33d       4da
       349       4df
       35b       4e4
       367       4e9
       37c       4ee
       38b       4f3
       3a0       4f8

Source positions:
 pc offset  position
       3f4         0  statement
       408       243  statement
       40d       251  statement
       412       271  statement
       417       289  statement
       41c       323  statement
       421       357  statement
       426       391  statement
       45b       435  statement
       499       443  statement
       49e       452  statement
       4a3       460  statement
       4a8       469  statement
       4ad       477  statement
       4b2       486  statement
       4b7       494  statement
       4bc       503  statement
       4c1       511  statement
       4c6       520  statement
       4cb       528  statement
       4d0       537  statement
       4d5       545  statement
       4da       554  statement
       4df       562  statement
       4e4       571  statement
       4e9       579  statement
       4ee       589  statement
       4f3       598  statement
       4f8       608  statement
       4ff       620  statement
       50f       624  statement

Safepoints (entries = 1, byte size = 16)
0x1f3b4ba0b9    3f9  slots (sp->fp): 000000000000000000000000000000000000000000000000

RelocInfo (size = 0)

--- End code ---
--- WebAssembly code ---
name: wasm-function[5]
index: 5
kind: wasm function
compiler: TurboFan
Body (size = 1344 = 1308 + 36 padding)
Instructions (size = 1292)
0x1f3b4ba200     0  55                   push rbp
0x1f3b4ba201     1  4889e5               REX.W movq rbp,rsp
0x1f3b4ba204     4  6a08                 push 0x8
0x1f3b4ba206     6  56                   push rsi
0x1f3b4ba207     7  4881ec10010000       REX.W subq rsp,0x110
0x1f3b4ba20e     e  488b7e3f             REX.W movq rdi,[rsi+0x3f]
0x1f3b4ba212    12  488b764f             REX.W movq rsi,[rsi+0x4f]
0x1f3b4ba216    16  48899df0feffff       REX.W movq [rbp-0x110],rbx
0x1f3b4ba21d    1d  48898df8feffff       REX.W movq [rbp-0x108],rcx
0x1f3b4ba224    24  488995e8feffff       REX.W movq [rbp-0x118],rdx
0x1f3b4ba22b    2b  488985e0feffff       REX.W movq [rbp-0x120],rax
0x1f3b4ba232    32  4533c0               xorl r8,r8
0x1f3b4ba235    35  e9c5000000           jmp 0x1f3b4ba2ff  <+0xff>
0x1f3b4ba23a    3a  660f1f440000         nop
0x1f3b4ba240    40  4183c001             addl r8,0x1
0x1f3b4ba244    44  418bc1               movl rax,r9
0x1f3b4ba247    47  c57a6f0407           vmovdqu xmm8,[rdi+rax*1]
0x1f3b4ba24c    4c  c4413858c3           vaddps xmm8,xmm8,xmm11
0x1f3b4ba251    51  c57a7f0407           vmovdqu [rdi+rax*1],xmm8
0x1f3b4ba256    56  c57a6f440710         vmovdqu xmm8,[rdi+rax*1+0x10]
0x1f3b4ba25c    5c  c4413858c2           vaddps xmm8,xmm8,xmm10
0x1f3b4ba261    61  c4417a7f0403         vmovdqu [r11+rax*1],xmm8
0x1f3b4ba267    67  c57a6f440720         vmovdqu xmm8,[rdi+rax*1+0x20]
0x1f3b4ba26d    6d  c5b858ff             vaddps xmm7,xmm8,xmm7
0x1f3b4ba271    71  c5fa7f7c3820         vmovdqu [rax+rdi*1+0x20],xmm7
0x1f3b4ba277    77  c5fa6f7c0730         vmovdqu xmm7,[rdi+rax*1+0x30]
0x1f3b4ba27d    7d  c5c058f6             vaddps xmm6,xmm7,xmm6
0x1f3b4ba281    81  c5fa7f743830         vmovdqu [rax+rdi*1+0x30],xmm6
0x1f3b4ba287    87  c5fa6f740740         vmovdqu xmm6,[rdi+rax*1+0x40]
0x1f3b4ba28d    8d  c5c858ed             vaddps xmm5,xmm6,xmm5
0x1f3b4ba291    91  c5fa7f6c3840         vmovdqu [rax+rdi*1+0x40],xmm5
0x1f3b4ba297    97  c5fa6f6c0750         vmovdqu xmm5,[rdi+rax*1+0x50]
0x1f3b4ba29d    9d  c5d058e4             vaddps xmm4,xmm5,xmm4
0x1f3b4ba2a1    a1  c5fa7f643850         vmovdqu [rax+rdi*1+0x50],xmm4
0x1f3b4ba2a7    a7  c5fa6f640760         vmovdqu xmm4,[rdi+rax*1+0x60]
0x1f3b4ba2ad    ad  c5d858db             vaddps xmm3,xmm4,xmm3
0x1f3b4ba2b1    b1  c5fa7f5c3860         vmovdqu [rax+rdi*1+0x60],xmm3
0x1f3b4ba2b7    b7  c5fa6f5c0770         vmovdqu xmm3,[rdi+rax*1+0x70]
0x1f3b4ba2bd    bd  c5e058d2             vaddps xmm2,xmm3,xmm2
0x1f3b4ba2c1    c1  c5fa7f543870         vmovdqu [rax+rdi*1+0x70],xmm2
0x1f3b4ba2c7    c7  c5fa6f940780000000   vmovdqu xmm2,[rdi+rax*1+0x80]
0x1f3b4ba2d0    d0  c5e858c9             vaddps xmm1,xmm2,xmm1
0x1f3b4ba2d4    d4  c5fa7f8c3880000000   vmovdqu [rax+rdi*1+0x80],xmm1
0x1f3b4ba2dd    dd  c5fa6f8c0790000000   vmovdqu xmm1,[rdi+rax*1+0x90]
0x1f3b4ba2e6    e6  c5f058c0             vaddps xmm0,xmm1,xmm0
0x1f3b4ba2ea    ea  c5fa7f843890000000   vmovdqu [rax+rdi*1+0x90],xmm0
0x1f3b4ba2f3    f3  8b95e8feffff         movl rdx,[rbp-0x118]
0x1f3b4ba2f9    f9  8b9df0feffff         movl rbx,[rbp-0x110]
0x1f3b4ba2ff    ff  483b26               REX.W cmpq rsp,[rsi]
0x1f3b4ba302   102  0f8657020000         jna 0x1f3b4ba55f  <+0x35f>
0x1f3b4ba308   108  443b85e0feffff       cmpl r8,[rbp-0x120]
0x1f3b4ba30f   10f  0f8d45020000         jge 0x1f3b4ba55a  <+0x35a>
0x1f3b4ba315   115  4c8d5f10             REX.W leaq r11,[rdi+0x10]
0x1f3b4ba319   119  c5f9efc0             vpxor xmm0,xmm0,xmm0
0x1f3b4ba31d   11d  448be2               movl r12,rdx
0x1f3b4ba320   120  41c1e405             shll r12, 5
0x1f3b4ba324   124  4403e3               addl r12,rbx
0x1f3b4ba327   127  448bf3               movl r14,rbx
0x1f3b4ba32a   12a  c5f928c8             vmovapd xmm1,xmm0
0x1f3b4ba32e   12e  c5f928d0             vmovapd xmm2,xmm0
0x1f3b4ba332   132  c5f928d8             vmovapd xmm3,xmm0
0x1f3b4ba336   136  c5f928e0             vmovapd xmm4,xmm0
0x1f3b4ba33a   13a  c5f928e8             vmovapd xmm5,xmm0
0x1f3b4ba33e   13e  c5f928f0             vmovapd xmm6,xmm0
0x1f3b4ba342   142  c5f928f8             vmovapd xmm7,xmm0
0x1f3b4ba346   146  c5f8118540ffffff     vmovups [rbp-0xc0],xmm0
0x1f3b4ba34e   14e  c5f8118530ffffff     vmovups [rbp-0xd0],xmm0
0x1f3b4ba356   156  448bbdf8feffff       movl r15,[rbp-0x108]
0x1f3b4ba35d   15d  e9e1000000           jmp 0x1f3b4ba443  <+0x243>
0x1f3b4ba362   162  660f1f840000000000   nop
0x1f3b4ba36b   16b  660f1f840000000000   nop
0x1f3b4ba374   174  660f1f840000000000   nop
0x1f3b4ba37d   17d  0f1f00               nop
0x1f3b4ba380   180  4183c714             addl r15,0x14
0x1f3b4ba384   184  c4227918143f         vbroadcastss xmm10,[rdi+r15*1]
0x1f3b4ba38a   18a  c57a6f1c07           vmovdqu xmm11,[rdi+rax*1]
0x1f3b4ba38f   18f  c57a6f640710         vmovdqu xmm12,[rdi+rax*1+0x10]
0x1f3b4ba395   195  c42279182c3b         vbroadcastss xmm13,[rbx+r15*1]
0x1f3b4ba39b   19b  c4227918343a         vbroadcastss xmm14,[rdx+r15*1]
0x1f3b4ba3a1   1a1  c42279180439         vbroadcastss xmm8,[rcx+r15*1]
0x1f3b4ba3a7   1a7  c40279180c3b         vbroadcastss xmm9,[r11+r15*1]
0x1f3b4ba3ad   1ad  c5781155c0           vmovups [rbp-0x40],xmm10
0x1f3b4ba3b2   1b2  c4413059d4           vmulps xmm10,xmm9,xmm12
0x1f3b4ba3b7   1b7  c4c17858c2           vaddps xmm0,xmm0,xmm10
0x1f3b4ba3bc   1bc  c4413059cb           vmulps xmm9,xmm9,xmm11
0x1f3b4ba3c1   1c1  c4c17058c9           vaddps xmm1,xmm1,xmm9
0x1f3b4ba3c6   1c6  c4413859cc           vmulps xmm9,xmm8,xmm12
0x1f3b4ba3cb   1cb  c4c16858d1           vaddps xmm2,xmm2,xmm9
0x1f3b4ba3d0   1d0  c4413859c3           vmulps xmm8,xmm8,xmm11
0x1f3b4ba3d5   1d5  c4c16058d8           vaddps xmm3,xmm3,xmm8
0x1f3b4ba3da   1da  c4410859c4           vmulps xmm8,xmm14,xmm12
0x1f3b4ba3df   1df  c4c15858e0           vaddps xmm4,xmm4,xmm8
0x1f3b4ba3e4   1e4  c4410859c3           vmulps xmm8,xmm14,xmm11
0x1f3b4ba3e9   1e9  c4c15058e8           vaddps xmm5,xmm5,xmm8
0x1f3b4ba3ee   1ee  c4411059c4           vmulps xmm8,xmm13,xmm12
0x1f3b4ba3f3   1f3  c4c14858f0           vaddps xmm6,xmm6,xmm8
0x1f3b4ba3f8   1f8  c4411059c3           vmulps xmm8,xmm13,xmm11
0x1f3b4ba3fd   1fd  c4c14058f8           vaddps xmm7,xmm7,xmm8
0x1f3b4ba402   202  c5781045c0           vmovups xmm8,[rbp-0x40]
0x1f3b4ba407   207  c4413859cc           vmulps xmm9,xmm8,xmm12
0x1f3b4ba40c   20c  c578109540ffffff     vmovups xmm10,[rbp-0xc0]
0x1f3b4ba414   214  c4412858c9           vaddps xmm9,xmm10,xmm9
0x1f3b4ba419   219  c4413859c3           vmulps xmm8,xmm8,xmm11
0x1f3b4ba41e   21e  c578109d30ffffff     vmovups xmm11,[rbp-0xd0]
0x1f3b4ba426   226  c4412058c0           vaddps xmm8,xmm11,xmm8
0x1f3b4ba42b   22b  4183c714             addl r15,0x14
0x1f3b4ba42f   22f  448d7020             leal r14,[rax+0x20]
0x1f3b4ba433   233  c578118530ffffff     vmovups [rbp-0xd0],xmm8
0x1f3b4ba43b   23b  c578118d40ffffff     vmovups [rbp-0xc0],xmm9
0x1f3b4ba443   243  483b26               REX.W cmpq rsp,[rsi]
0x1f3b4ba446   246  0f864f010000         jna 0x1f3b4ba59b  <+0x39b>
0x1f3b4ba44c   24c  4539e6               cmpl r14,r12
0x1f3b4ba44f   24f  0f83e1000000         jnc 0x1f3b4ba536  <+0x336>
0x1f3b4ba455   255  418bc7               movl rax,r15
0x1f3b4ba458   258  c46279181407         vbroadcastss xmm10,[rdi+rax*1]
0x1f3b4ba45e   25e  418bde               movl rbx,r14
0x1f3b4ba461   261  c57a6f1c1f           vmovdqu xmm11,[rdi+rbx*1]
0x1f3b4ba466   266  c57a6f641f10         vmovdqu xmm12,[rdi+rbx*1+0x10]
0x1f3b4ba46c   26c  488d5f04             REX.W leaq rbx,[rdi+0x4]
0x1f3b4ba470   270  c46279182c03         vbroadcastss xmm13,[rbx+rax*1]
0x1f3b4ba476   276  488d5708             REX.W leaq rdx,[rdi+0x8]
0x1f3b4ba47a   27a  c46279183402         vbroadcastss xmm14,[rdx+rax*1]
0x1f3b4ba480   280  488d4f0c             REX.W leaq rcx,[rdi+0xc]
0x1f3b4ba484   284  c46279180c01         vbroadcastss xmm9,[rcx+rax*1]
0x1f3b4ba48a   28a  c44279180403         vbroadcastss xmm8,[r11+rax*1]
0x1f3b4ba490   290  418d4620             leal rax,[r14+0x20]
0x1f3b4ba494   294  c578119510ffffff     vmovups [rbp-0xf0],xmm10
0x1f3b4ba49c   29c  c4413859d4           vmulps xmm10,xmm8,xmm12
0x1f3b4ba4a1   2a1  c4c17858c2           vaddps xmm0,xmm0,xmm10
0x1f3b4ba4a6   2a6  c4413859c3           vmulps xmm8,xmm8,xmm11
0x1f3b4ba4ab   2ab  c4c17058c8           vaddps xmm1,xmm1,xmm8
0x1f3b4ba4b0   2b0  c4413059c4           vmulps xmm8,xmm9,xmm12
0x1f3b4ba4b5   2b5  c4c16858d0           vaddps xmm2,xmm2,xmm8
0x1f3b4ba4ba   2ba  c4413059c3           vmulps xmm8,xmm9,xmm11
0x1f3b4ba4bf   2bf  c4c16058d8           vaddps xmm3,xmm3,xmm8
0x1f3b4ba4c4   2c4  c4410859c4           vmulps xmm8,xmm14,xmm12
0x1f3b4ba4c9   2c9  c4c15858e0           vaddps xmm4,xmm4,xmm8
0x1f3b4ba4ce   2ce  c4410859c3           vmulps xmm8,xmm14,xmm11
0x1f3b4ba4d3   2d3  c4c15058e8           vaddps xmm5,xmm5,xmm8
0x1f3b4ba4d8   2d8  c4411059c4           vmulps xmm8,xmm13,xmm12
0x1f3b4ba4dd   2dd  c4c14858f0           vaddps xmm6,xmm6,xmm8
0x1f3b4ba4e2   2e2  c4411059c3           vmulps xmm8,xmm13,xmm11
0x1f3b4ba4e7   2e7  c4c14058f8           vaddps xmm7,xmm7,xmm8
0x1f3b4ba4ec   2ec  c578108510ffffff     vmovups xmm8,[rbp-0xf0]
0x1f3b4ba4f4   2f4  c4413859cc           vmulps xmm9,xmm8,xmm12
0x1f3b4ba4f9   2f9  c578109540ffffff     vmovups xmm10,[rbp-0xc0]
0x1f3b4ba501   301  c4412858c9           vaddps xmm9,xmm10,xmm9
0x1f3b4ba506   306  c4413859c3           vmulps xmm8,xmm8,xmm11
0x1f3b4ba50b   30b  c578109d30ffffff     vmovups xmm11,[rbp-0xd0]
0x1f3b4ba513   313  c4412058c0           vaddps xmm8,xmm11,xmm8
0x1f3b4ba518   318  c578118d40ffffff     vmovups [rbp-0xc0],xmm9
0x1f3b4ba520   320  c578118530ffffff     vmovups [rbp-0xd0],xmm8
0x1f3b4ba528   328  4439e0               cmpl rax,r12
0x1f3b4ba52b   32b  0f824ffeffff         jc 0x1f3b4ba380  <+0x180>
0x1f3b4ba531   331  e915000000           jmp 0x1f3b4ba54b  <+0x34b>
0x1f3b4ba536   336  c578109d30ffffff     vmovups xmm11,[rbp-0xd0]
0x1f3b4ba53e   33e  c578109540ffffff     vmovups xmm10,[rbp-0xc0]
0x1f3b4ba546   346  e9f5fcffff           jmp 0x1f3b4ba240  <+0x40>
0x1f3b4ba54b   34b  c4417928d8           vmovapd xmm11,xmm8
0x1f3b4ba550   350  c4417928d1           vmovapd xmm10,xmm9
0x1f3b4ba555   355  e9e6fcffff           jmp 0x1f3b4ba240  <+0x40>
0x1f3b4ba55a   35a  488be5               REX.W movq rsp,rbp
0x1f3b4ba55d   35d  5d                   pop rbp
0x1f3b4ba55e   35e  c3                   retl
0x1f3b4ba55f   35f  48897de8             REX.W movq [rbp-0x18],rdi
0x1f3b4ba563   363  4c894dd8             REX.W movq [rbp-0x28],r9
0x1f3b4ba567   367  4c8945d0             REX.W movq [rbp-0x30],r8
0x1f3b4ba56b   36b  4889b500ffffff       REX.W movq [rbp-0x100],rsi
0x1f3b4ba572   372  e859cdffff           call 0x1f3b4b72d0  (jump table)
0x1f3b4ba577   377  488b7de8             REX.W movq rdi,[rbp-0x18]
0x1f3b4ba57b   37b  448b4dd8             movl r9,[rbp-0x28]
0x1f3b4ba57f   37f  448b45d0             movl r8,[rbp-0x30]
0x1f3b4ba583   383  488bb500ffffff       REX.W movq rsi,[rbp-0x100]
0x1f3b4ba58a   38a  8b9df0feffff         movl rbx,[rbp-0x110]
0x1f3b4ba590   390  8b95e8feffff         movl rdx,[rbp-0x118]
0x1f3b4ba596   396  e96dfdffff           jmp 0x1f3b4ba308  <+0x108>
0x1f3b4ba59b   39b  48897de8             REX.W movq [rbp-0x18],rdi
0x1f3b4ba59f   39f  4c895de0             REX.W movq [rbp-0x20],r11
0x1f3b4ba5a3   3a3  4c894dd8             REX.W movq [rbp-0x28],r9
0x1f3b4ba5a7   3a7  4c8945d0             REX.W movq [rbp-0x30],r8
0x1f3b4ba5ab   3ab  c5f81145c0           vmovups [rbp-0x40],xmm0
0x1f3b4ba5b0   3b0  c5f8114db0           vmovups [rbp-0x50],xmm1
0x1f3b4ba5b5   3b5  c5f81155a0           vmovups [rbp-0x60],xmm2
0x1f3b4ba5ba   3ba  c5f8115d90           vmovups [rbp-0x70],xmm3
0x1f3b4ba5bf   3bf  c5f8116580           vmovups [rbp-0x80],xmm4
0x1f3b4ba5c4   3c4  c5f811ad70ffffff     vmovups [rbp-0x90],xmm5
0x1f3b4ba5cc   3cc  c5f811b560ffffff     vmovups [rbp-0xa0],xmm6
0x1f3b4ba5d4   3d4  c5f811bd50ffffff     vmovups [rbp-0xb0],xmm7
0x1f3b4ba5dc   3dc  4c89bd28ffffff       REX.W movq [rbp-0xd8],r15
0x1f3b4ba5e3   3e3  4c89a520ffffff       REX.W movq [rbp-0xe0],r12
0x1f3b4ba5ea   3ea  4c89b508ffffff       REX.W movq [rbp-0xf8],r14
0x1f3b4ba5f1   3f1  4889b500ffffff       REX.W movq [rbp-0x100],rsi
0x1f3b4ba5f8   3f8  e8d3ccffff           call 0x1f3b4b72d0  (jump table)
0x1f3b4ba5fd   3fd  488b7de8             REX.W movq rdi,[rbp-0x18]
0x1f3b4ba601   401  4c8b5de0             REX.W movq r11,[rbp-0x20]
0x1f3b4ba605   405  448b4dd8             movl r9,[rbp-0x28]
0x1f3b4ba609   409  448b45d0             movl r8,[rbp-0x30]
0x1f3b4ba60d   40d  c5f81045c0           vmovups xmm0,[rbp-0x40]
0x1f3b4ba612   412  c5f8104db0           vmovups xmm1,[rbp-0x50]
0x1f3b4ba617   417  c5f81055a0           vmovups xmm2,[rbp-0x60]
0x1f3b4ba61c   41c  c5f8105d90           vmovups xmm3,[rbp-0x70]
0x1f3b4ba621   421  c5f8106580           vmovups xmm4,[rbp-0x80]
0x1f3b4ba626   426  c5f810ad70ffffff     vmovups xmm5,[rbp-0x90]
0x1f3b4ba62e   42e  c5f810b560ffffff     vmovups xmm6,[rbp-0xa0]
0x1f3b4ba636   436  c5f810bd50ffffff     vmovups xmm7,[rbp-0xb0]
0x1f3b4ba63e   43e  448bbd28ffffff       movl r15,[rbp-0xd8]
0x1f3b4ba645   445  448ba520ffffff       movl r12,[rbp-0xe0]
0x1f3b4ba64c   44c  448bb508ffffff       movl r14,[rbp-0xf8]
0x1f3b4ba653   453  488bb500ffffff       REX.W movq rsi,[rbp-0x100]
0x1f3b4ba65a   45a  e9edfdffff           jmp 0x1f3b4ba44c  <+0x24c>
0x1f3b4ba65f   45f  e8ecc9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba664   464  e8e7c9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba669   469  e8e2c9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba66e   46e  e8ddc9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba673   473  e8d8c9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba678   478  e8d3c9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba67d   47d  e8cec9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba682   482  e8c9c9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba687   487  e8c4c9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba68c   48c  e8bfc9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba691   491  e8bac9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba696   496  e8b5c9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba69b   49b  e8b0c9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba6a0   4a0  e8abc9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba6a5   4a5  e8a6c9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba6aa   4aa  e8a1c9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba6af   4af  e89cc9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba6b4   4b4  e897c9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba6b9   4b9  e892c9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba6be   4be  e88dc9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba6c3   4c3  e888c9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba6c8   4c8  e883c9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba6cd   4cd  e87ec9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba6d2   4d2  e879c9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba6d7   4d7  e874c9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba6dc   4dc  e86fc9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba6e1   4e1  e86ac9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba6e6   4e6  e865c9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba6eb   4eb  e860c9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba6f0   4f0  e85bc9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba6f5   4f5  e856c9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba6fa   4fa  e851c9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba6ff   4ff  e84cc9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba704   504  e847c9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4ba709   509  90                   nop
0x1f3b4ba70a   50a  6690                 nop

Protected instructions:
 pc offset  land pad
       28a       45f
       284       464
       27a       469
       270       46e
       266       473
       261       478
       258       47d
       1a7       482
       1a1       487
       19b       48c
       195       491
       18f       496
       18a       49b
       184       4a0
        ea       4a5
        dd       4aa
        d4       4af
        c7       4b4
        c1       4b9
        b7       4be
        b1       4c3
        a7       4c8
        a1       4cd
        97       4d2
        91       4d7
        87       4dc
        81       4e1
        77       4e6
        71       4eb
        67       4f0
        61       4f5
        56       4fa
        51       4ff
        47       504

Source positions:
 pc offset  position
        47       443
        51       452
        56       460
        61       469
        67       477
        71       486
        77       494
        81       503
        87       511
        91       520
        97       528
        a1       537
        a7       545
        b1       554
        b7       562
        c1       571
        c7       579
        d4       589
        dd       598
        ea       608
       18a       251
       18f       271
       261       251
       266       271
       35f         5
       39b       230
       473       271
       478       251
       496       271
       49b       251
       4a5       608
       4aa       598
       4af       589
       4b4       579
       4b9       571
       4be       562
       4c3       554
       4c8       545
       4cd       537
       4d2       528
       4d7       520
       4dc       511
       4e1       503
       4e6       494
       4eb       486
       4f0       477
       4f5       469
       4fa       460
       4ff       452
       504       443

Safepoints (entries = 1, byte size = 15)
0x1f3b4ba577    377  slots (sp->fp): 0000000000000000000000000000000000000000

RelocInfo (size = 42)
0x1f3b4ba573  wasm stub call  (0x1f3b4b72d0)
0x1f3b4ba5f9  wasm stub call  (0x1f3b4b72d0)
0x1f3b4ba660  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba665  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba66a  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba66f  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba674  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba679  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba67e  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba683  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba688  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba68d  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba692  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba697  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba69c  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba6a1  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba6a6  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba6ab  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba6b0  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba6b5  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba6ba  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba6bf  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba6c4  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba6c9  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba6ce  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba6d3  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba6d8  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba6dd  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba6e2  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba6e7  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba6ec  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba6f1  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba6f6  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba6fb  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba700  wasm stub call  (0x1f3b4b7050)
0x1f3b4ba705  wasm stub call  (0x1f3b4b7050)

--- End code ---
--- WebAssembly code ---
name: wasm-function[1]
index: 1
kind: wasm function
compiler: Liftoff
Body (size = 1344 = 1320 + 24 padding)
Instructions (size = 1304)
0x1f3b4ba740     0  55                   push rbp
0x1f3b4ba741     1  4889e5               REX.W movq rbp,rsp
0x1f3b4ba744     4  6a08                 push 0x8
0x1f3b4ba746     6  56                   push rsi
0x1f3b4ba747     7  4881ec08010000       REX.W subq rsp,0x108
0x1f3b4ba74e     e  50                   push rax
0x1f3b4ba74f     f  51                   push rcx
0x1f3b4ba750    10  57                   push rdi
0x1f3b4ba751    11  488dbdecfeffff       REX.W leaq rdi,[rbp-0x114]
0x1f3b4ba758    18  33c0                 xorl rax,rax
0x1f3b4ba75a    1a  b938000000           movl rcx,0x38
0x1f3b4ba75f    1f  f3ab                 rep stosl
0x1f3b4ba761    21  5f                   pop rdi
0x1f3b4ba762    22  59                   pop rcx
0x1f3b4ba763    23  58                   pop rax
0x1f3b4ba764    24  488b7e4f             REX.W movq rdi,[rsi+0x4f]
0x1f3b4ba768    28  483b27               REX.W cmpq rsp,[rdi]
0x1f3b4ba76b    2b  0f86b8030000         jna 0x1f3b4bab29  <+0x3e9>
0x1f3b4ba771    31  8945dc               movl [rbp-0x24],rax
0x1f3b4ba774    34  8955d8               movl [rbp-0x28],rdx
0x1f3b4ba777    37  894dd4               movl [rbp-0x2c],rcx
0x1f3b4ba77a    3a  895dd0               movl [rbp-0x30],rbx
0x1f3b4ba77d    3d  44894dcc             movl [rbp-0x34],r9
0x1f3b4ba781    41  8b45dc               movl rax,[rbp-0x24]
0x1f3b4ba784    44  8b4dc0               movl rcx,[rbp-0x40]
0x1f3b4ba787    47  3bc1                 cmpl rax,rcx
0x1f3b4ba789    49  0f8e7c030000         jle 0x1f3b4bab0b  <+0x3cb>
0x1f3b4ba78f    4f  c5f9efc0             vpxor xmm0,xmm0,xmm0
0x1f3b4ba793    53  c5f1efc9             vpxor xmm1,xmm1,xmm1
0x1f3b4ba797    57  c5e9efd2             vpxor xmm2,xmm2,xmm2
0x1f3b4ba79b    5b  c5e1efdb             vpxor xmm3,xmm3,xmm3
0x1f3b4ba79f    5f  c5d9efe4             vpxor xmm4,xmm4,xmm4
0x1f3b4ba7a3    63  c5d1efed             vpxor xmm5,xmm5,xmm5
0x1f3b4ba7a7    67  c5c9eff6             vpxor xmm6,xmm6,xmm6
0x1f3b4ba7ab    6b  c5c1efff             vpxor xmm7,xmm7,xmm7
0x1f3b4ba7af    6f  c5fa7f459c           vmovdqu [rbp-0x64],xmm0
0x1f3b4ba7b4    74  c5f9efc0             vpxor xmm0,xmm0,xmm0
0x1f3b4ba7b8    78  c5fa7f4d8c           vmovdqu [rbp-0x74],xmm1
0x1f3b4ba7bd    7d  c5f1efc9             vpxor xmm1,xmm1,xmm1
0x1f3b4ba7c1    81  8b45d4               movl rax,[rbp-0x2c]
0x1f3b4ba7c4    84  8b4dd0               movl rcx,[rbp-0x30]
0x1f3b4ba7c7    87  8b55d8               movl rdx,[rbp-0x28]
0x1f3b4ba7ca    8a  c1e205               shll rdx, 5
0x1f3b4ba7cd    8d  8d1411               leal rdx,[rcx+rdx*1]
0x1f3b4ba7d0    90  8945c8               movl [rbp-0x38],rax
0x1f3b4ba7d3    93  894dc4               movl [rbp-0x3c],rcx
0x1f3b4ba7d6    96  8955bc               movl [rbp-0x44],rdx
0x1f3b4ba7d9    99  c5fa7f957cffffff     vmovdqu [rbp-0x84],xmm2
0x1f3b4ba7e1    a1  c5fa7f9d6cffffff     vmovdqu [rbp-0x94],xmm3
0x1f3b4ba7e9    a9  c5fa7fa55cffffff     vmovdqu [rbp-0xa4],xmm4
0x1f3b4ba7f1    b1  c5fa7fad4cffffff     vmovdqu [rbp-0xb4],xmm5
0x1f3b4ba7f9    b9  c5fa7fb53cffffff     vmovdqu [rbp-0xc4],xmm6
0x1f3b4ba801    c1  c5fa7fbd2cffffff     vmovdqu [rbp-0xd4],xmm7
0x1f3b4ba809    c9  c5fa7f851cffffff     vmovdqu [rbp-0xe4],xmm0
0x1f3b4ba811    d1  c5fa7f8d0cffffff     vmovdqu [rbp-0xf4],xmm1
0x1f3b4ba819    d9  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4ba81c    dc  8b4dbc               movl rcx,[rbp-0x44]
0x1f3b4ba81f    df  3bc1                 cmpl rax,rcx
0x1f3b4ba821    e1  0f8389010000         jnc 0x1f3b4ba9b0  <+0x270>
0x1f3b4ba827    e7  c5fa6f459c           vmovdqu xmm0,[rbp-0x64]
0x1f3b4ba82c    ec  8b45c8               movl rax,[rbp-0x38]
0x1f3b4ba82f    ef  488b4e3f             REX.W movq rcx,[rsi+0x3f]
0x1f3b4ba833    f3  c5fa6f0c01           vmovdqu xmm1,[rcx+rax*1]
0x1f3b4ba838    f8  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4ba83b    fb  c5fa6f1401           vmovdqu xmm2,[rcx+rax*1]
0x1f3b4ba840   100  c5f059da             vmulps xmm3,xmm1,xmm2
0x1f3b4ba844   104  c5f858c3             vaddps xmm0,xmm0,xmm3
0x1f3b4ba848   108  c5fa6f5d8c           vmovdqu xmm3,[rbp-0x74]
0x1f3b4ba84d   10d  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4ba850   110  c5fa6f640110         vmovdqu xmm4,[rcx+rax*1+0x10]
0x1f3b4ba856   116  c5f059cc             vmulps xmm1,xmm1,xmm4
0x1f3b4ba85a   11a  c5e058d9             vaddps xmm3,xmm3,xmm1
0x1f3b4ba85e   11e  c5fa6f8d7cffffff     vmovdqu xmm1,[rbp-0x84]
0x1f3b4ba866   126  8b45c8               movl rax,[rbp-0x38]
0x1f3b4ba869   129  c5fa6f6c0110         vmovdqu xmm5,[rcx+rax*1+0x10]
0x1f3b4ba86f   12f  c5d059f2             vmulps xmm6,xmm5,xmm2
0x1f3b4ba873   133  c5f058ce             vaddps xmm1,xmm1,xmm6
0x1f3b4ba877   137  c5fa6fb56cffffff     vmovdqu xmm6,[rbp-0x94]
0x1f3b4ba87f   13f  c5d059fc             vmulps xmm7,xmm5,xmm4
0x1f3b4ba883   143  c5c858f7             vaddps xmm6,xmm6,xmm7
0x1f3b4ba887   147  c5fa6fbd5cffffff     vmovdqu xmm7,[rbp-0xa4]
0x1f3b4ba88f   14f  8b45c8               movl rax,[rbp-0x38]
0x1f3b4ba892   152  c5fa7f55ac           vmovdqu [rbp-0x54],xmm2
0x1f3b4ba897   157  c5fa6f540120         vmovdqu xmm2,[rcx+rax*1+0x20]
0x1f3b4ba89d   15d  c5fa6f6dac           vmovdqu xmm5,[rbp-0x54]
0x1f3b4ba8a2   162  c5e859ed             vmulps xmm5,xmm2,xmm5
0x1f3b4ba8a6   166  c5c058fd             vaddps xmm7,xmm7,xmm5
0x1f3b4ba8aa   16a  c5fa6fad4cffffff     vmovdqu xmm5,[rbp-0xb4]
0x1f3b4ba8b2   172  c5fa7f5d8c           vmovdqu [rbp-0x74],xmm3
0x1f3b4ba8b7   177  c5e859dc             vmulps xmm3,xmm2,xmm4
0x1f3b4ba8bb   17b  c5d058eb             vaddps xmm5,xmm5,xmm3
0x1f3b4ba8bf   17f  c5fa6f9d3cffffff     vmovdqu xmm3,[rbp-0xc4]
0x1f3b4ba8c7   187  8b45c8               movl rax,[rbp-0x38]
0x1f3b4ba8ca   18a  c5fa7fa5fcfeffff     vmovdqu [rbp-0x104],xmm4
0x1f3b4ba8d2   192  c5fa6f640130         vmovdqu xmm4,[rcx+rax*1+0x30]
0x1f3b4ba8d8   198  c5fa6f55ac           vmovdqu xmm2,[rbp-0x54]
0x1f3b4ba8dd   19d  c5d859d2             vmulps xmm2,xmm4,xmm2
0x1f3b4ba8e1   1a1  c5e058da             vaddps xmm3,xmm3,xmm2
0x1f3b4ba8e5   1a5  c5fa6f952cffffff     vmovdqu xmm2,[rbp-0xd4]
0x1f3b4ba8ed   1ad  c5fa7fad4cffffff     vmovdqu [rbp-0xb4],xmm5
0x1f3b4ba8f5   1b5  c5fa6fadfcfeffff     vmovdqu xmm5,[rbp-0x104]
0x1f3b4ba8fd   1bd  c5d859ed             vmulps xmm5,xmm4,xmm5
0x1f3b4ba901   1c1  c5e858d5             vaddps xmm2,xmm2,xmm5
0x1f3b4ba905   1c5  c5fa6fad1cffffff     vmovdqu xmm5,[rbp-0xe4]
0x1f3b4ba90d   1cd  8b45c8               movl rax,[rbp-0x38]
0x1f3b4ba910   1d0  c5fa7fb56cffffff     vmovdqu [rbp-0x94],xmm6
0x1f3b4ba918   1d8  c5fa6f740140         vmovdqu xmm6,[rcx+rax*1+0x40]
0x1f3b4ba91e   1de  c5fa6f65ac           vmovdqu xmm4,[rbp-0x54]
0x1f3b4ba923   1e3  c5c859e4             vmulps xmm4,xmm6,xmm4
0x1f3b4ba927   1e7  c5d058ec             vaddps xmm5,xmm5,xmm4
0x1f3b4ba92b   1eb  c5fa6fa50cffffff     vmovdqu xmm4,[rbp-0xf4]
0x1f3b4ba933   1f3  c5fa7fbd5cffffff     vmovdqu [rbp-0xa4],xmm7
0x1f3b4ba93b   1fb  c5fa6fbdfcfeffff     vmovdqu xmm7,[rbp-0x104]
0x1f3b4ba943   203  c5c859ff             vmulps xmm7,xmm6,xmm7
0x1f3b4ba947   207  c5d858e7             vaddps xmm4,xmm4,xmm7
0x1f3b4ba94b   20b  8b45c8               movl rax,[rbp-0x38]
0x1f3b4ba94e   20e  83c050               addl rax,0x50
0x1f3b4ba951   211  8b55c4               movl rdx,[rbp-0x3c]
0x1f3b4ba954   214  83c220               addl rdx,0x20
0x1f3b4ba957   217  488b9eaf000000       REX.W movq rbx,[rsi+0xaf]
0x1f3b4ba95e   21e  8b7b04               movl rdi,[rbx+0x4]
0x1f3b4ba961   221  81ef3f010000         subl rdi,0x13f
0x1f3b4ba967   227  0f88f9010000         js 0x1f3b4bab66  <+0x426>
0x1f3b4ba96d   22d  897b04               movl [rbx+0x4],rdi
0x1f3b4ba970   230  8945c8               movl [rbp-0x38],rax
0x1f3b4ba973   233  8955c4               movl [rbp-0x3c],rdx
0x1f3b4ba976   236  c5fa7f459c           vmovdqu [rbp-0x64],xmm0
0x1f3b4ba97b   23b  c5fa7f8d7cffffff     vmovdqu [rbp-0x84],xmm1
0x1f3b4ba983   243  c5fa7f9d3cffffff     vmovdqu [rbp-0xc4],xmm3
0x1f3b4ba98b   24b  c5fa7f952cffffff     vmovdqu [rbp-0xd4],xmm2
0x1f3b4ba993   253  c5fa7fad1cffffff     vmovdqu [rbp-0xe4],xmm5
0x1f3b4ba99b   25b  c5fa7fa50cffffff     vmovdqu [rbp-0xf4],xmm4
0x1f3b4ba9a3   263  c5fa7fb5ecfeffff     vmovdqu [rbp-0x114],xmm6
0x1f3b4ba9ab   26b  e969feffff           jmp 0x1f3b4ba819  <+0xd9>
0x1f3b4ba9b0   270  8b45cc               movl rax,[rbp-0x34]
0x1f3b4ba9b3   273  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4ba9b6   276  488b563f             REX.W movq rdx,[rsi+0x3f]
0x1f3b4ba9ba   27a  c5fa6f040a           vmovdqu xmm0,[rdx+rcx*1]
0x1f3b4ba9bf   27f  c5fa6f4d9c           vmovdqu xmm1,[rbp-0x64]
0x1f3b4ba9c4   284  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4ba9c8   288  c5fa7f0402           vmovdqu [rdx+rax*1],xmm0
0x1f3b4ba9cd   28d  8b45cc               movl rax,[rbp-0x34]
0x1f3b4ba9d0   290  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4ba9d3   293  c5fa6f440a10         vmovdqu xmm0,[rdx+rcx*1+0x10]
0x1f3b4ba9d9   299  c5fa6f4d8c           vmovdqu xmm1,[rbp-0x74]
0x1f3b4ba9de   29e  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4ba9e2   2a2  c5fa7f440210         vmovdqu [rdx+rax*1+0x10],xmm0
0x1f3b4ba9e8   2a8  8b45cc               movl rax,[rbp-0x34]
0x1f3b4ba9eb   2ab  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4ba9ee   2ae  c5fa6f440a20         vmovdqu xmm0,[rdx+rcx*1+0x20]
0x1f3b4ba9f4   2b4  c5fa6f8d7cffffff     vmovdqu xmm1,[rbp-0x84]
0x1f3b4ba9fc   2bc  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4baa00   2c0  c5fa7f440220         vmovdqu [rdx+rax*1+0x20],xmm0
0x1f3b4baa06   2c6  8b45cc               movl rax,[rbp-0x34]
0x1f3b4baa09   2c9  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4baa0c   2cc  c5fa6f440a30         vmovdqu xmm0,[rdx+rcx*1+0x30]
0x1f3b4baa12   2d2  c5fa6f8d6cffffff     vmovdqu xmm1,[rbp-0x94]
0x1f3b4baa1a   2da  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4baa1e   2de  c5fa7f440230         vmovdqu [rdx+rax*1+0x30],xmm0
0x1f3b4baa24   2e4  8b45cc               movl rax,[rbp-0x34]
0x1f3b4baa27   2e7  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4baa2a   2ea  c5fa6f440a40         vmovdqu xmm0,[rdx+rcx*1+0x40]
0x1f3b4baa30   2f0  c5fa6f8d5cffffff     vmovdqu xmm1,[rbp-0xa4]
0x1f3b4baa38   2f8  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4baa3c   2fc  c5fa7f440240         vmovdqu [rdx+rax*1+0x40],xmm0
0x1f3b4baa42   302  8b45cc               movl rax,[rbp-0x34]
0x1f3b4baa45   305  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4baa48   308  c5fa6f440a50         vmovdqu xmm0,[rdx+rcx*1+0x50]
0x1f3b4baa4e   30e  c5fa6f8d4cffffff     vmovdqu xmm1,[rbp-0xb4]
0x1f3b4baa56   316  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4baa5a   31a  c5fa7f440250         vmovdqu [rdx+rax*1+0x50],xmm0
0x1f3b4baa60   320  8b45cc               movl rax,[rbp-0x34]
0x1f3b4baa63   323  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4baa66   326  c5fa6f440a60         vmovdqu xmm0,[rdx+rcx*1+0x60]
0x1f3b4baa6c   32c  c5fa6f8d3cffffff     vmovdqu xmm1,[rbp-0xc4]
0x1f3b4baa74   334  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4baa78   338  c5fa7f440260         vmovdqu [rdx+rax*1+0x60],xmm0
0x1f3b4baa7e   33e  8b45cc               movl rax,[rbp-0x34]
0x1f3b4baa81   341  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4baa84   344  c5fa6f440a70         vmovdqu xmm0,[rdx+rcx*1+0x70]
0x1f3b4baa8a   34a  c5fa6f8d2cffffff     vmovdqu xmm1,[rbp-0xd4]
0x1f3b4baa92   352  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4baa96   356  c5fa7f440270         vmovdqu [rdx+rax*1+0x70],xmm0
0x1f3b4baa9c   35c  8b45cc               movl rax,[rbp-0x34]
0x1f3b4baa9f   35f  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4baaa2   362  c5fa6f840a80000000   vmovdqu xmm0,[rdx+rcx*1+0x80]
0x1f3b4baaab   36b  c5fa6f8d1cffffff     vmovdqu xmm1,[rbp-0xe4]
0x1f3b4baab3   373  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4baab7   377  c5fa7f840280000000   vmovdqu [rdx+rax*1+0x80],xmm0
0x1f3b4baac0   380  8b45cc               movl rax,[rbp-0x34]
0x1f3b4baac3   383  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4baac6   386  c5fa6f840a90000000   vmovdqu xmm0,[rdx+rcx*1+0x90]
0x1f3b4baacf   38f  c5fa6f8d0cffffff     vmovdqu xmm1,[rbp-0xf4]
0x1f3b4baad7   397  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4baadb   39b  c5fa7f840290000000   vmovdqu [rdx+rax*1+0x90],xmm0
0x1f3b4baae4   3a4  8b45c0               movl rax,[rbp-0x40]
0x1f3b4baae7   3a7  83c001               addl rax,0x1
0x1f3b4baaea   3aa  488b8eaf000000       REX.W movq rcx,[rsi+0xaf]
0x1f3b4baaf1   3b1  8b5904               movl rbx,[rcx+0x4]
0x1f3b4baaf4   3b4  81eb6a030000         subl rbx,0x36a
0x1f3b4baafa   3ba  0f8838010000         js 0x1f3b4bac38  <+0x4f8>
0x1f3b4bab00   3c0  895904               movl [rcx+0x4],rbx
0x1f3b4bab03   3c3  8945c0               movl [rbp-0x40],rax
0x1f3b4bab06   3c6  e976fcffff           jmp 0x1f3b4ba781  <+0x41>
0x1f3b4bab0b   3cb  488b86af000000       REX.W movq rax,[rsi+0xaf]
0x1f3b4bab12   3d2  8b4804               movl rcx,[rax+0x4]
0x1f3b4bab15   3d5  81e9cb030000         subl rcx,0x3cb
0x1f3b4bab1b   3db  0f8829010000         js 0x1f3b4bac4a  <+0x50a>
0x1f3b4bab21   3e1  894804               movl [rax+0x4],rcx
0x1f3b4bab24   3e4  488be5               REX.W movq rsp,rbp
0x1f3b4bab27   3e7  5d                   pop rbp
0x1f3b4bab28   3e8  c3                   retl
0x1f3b4bab29   3e9  50                   push rax
0x1f3b4bab2a   3ea  51                   push rcx
0x1f3b4bab2b   3eb  52                   push rdx
0x1f3b4bab2c   3ec  53                   push rbx
0x1f3b4bab2d   3ed  4151                 push r9
0x1f3b4bab2f   3ef  e89cc7ffff           call 0x1f3b4b72d0  (jump table)
0x1f3b4bab34   3f4  4159                 pop r9
0x1f3b4bab36   3f6  5b                   pop rbx
0x1f3b4bab37   3f7  5a                   pop rdx
0x1f3b4bab38   3f8  59                   pop rcx
0x1f3b4bab39   3f9  58                   pop rax
0x1f3b4bab3a   3fa  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4bab3e   3fe  e92efcffff           jmp 0x1f3b4ba771  <+0x31>
0x1f3b4bab43   403  e808c5ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bab48   408  e803c5ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bab4d   40d  e8fec4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bab52   412  e8f9c4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bab57   417  e8f4c4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bab5c   41c  e8efc4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bab61   421  e8eac4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bab66   426  50                   push rax
0x1f3b4bab67   427  51                   push rcx
0x1f3b4bab68   428  52                   push rdx
0x1f3b4bab69   429  4883ec70             REX.W subq rsp,0x70
0x1f3b4bab6d   42d  c5fa7f0424           vmovdqu [rsp],xmm0
0x1f3b4bab72   432  c5fa7f4c2410         vmovdqu [rsp+0x10],xmm1
0x1f3b4bab78   438  c5fa7f542420         vmovdqu [rsp+0x20],xmm2
0x1f3b4bab7e   43e  c5fa7f5c2430         vmovdqu [rsp+0x30],xmm3
0x1f3b4bab84   444  c5fa7f642440         vmovdqu [rsp+0x40],xmm4
0x1f3b4bab8a   44a  c5fa7f6c2450         vmovdqu [rsp+0x50],xmm5
0x1f3b4bab90   450  c5fa7f742460         vmovdqu [rsp+0x60],xmm6
0x1f3b4bab96   456  e8c5c5ffff           call 0x1f3b4b7160  (jump table)
0x1f3b4bab9b   45b  c5fa6f0424           vmovdqu xmm0,[rsp]
0x1f3b4baba0   460  c5fa6f4c2410         vmovdqu xmm1,[rsp+0x10]
0x1f3b4baba6   466  c5fa6f542420         vmovdqu xmm2,[rsp+0x20]
0x1f3b4babac   46c  c5fa6f5c2430         vmovdqu xmm3,[rsp+0x30]
0x1f3b4babb2   472  c5fa6f642440         vmovdqu xmm4,[rsp+0x40]
0x1f3b4babb8   478  c5fa6f6c2450         vmovdqu xmm5,[rsp+0x50]
0x1f3b4babbe   47e  c5fa6f742460         vmovdqu xmm6,[rsp+0x60]
0x1f3b4babc4   484  4883c470             REX.W addq rsp,0x70
0x1f3b4babc8   488  5a                   pop rdx
0x1f3b4babc9   489  59                   pop rcx
0x1f3b4babca   48a  58                   pop rax
0x1f3b4babcb   48b  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4babcf   48f  e99cfdffff           jmp 0x1f3b4ba970  <+0x230>
0x1f3b4babd4   494  e877c4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4babd9   499  e872c4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4babde   49e  e86dc4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4babe3   4a3  e868c4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4babe8   4a8  e863c4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4babed   4ad  e85ec4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4babf2   4b2  e859c4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4babf7   4b7  e854c4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4babfc   4bc  e84fc4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bac01   4c1  e84ac4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bac06   4c6  e845c4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bac0b   4cb  e840c4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bac10   4d0  e83bc4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bac15   4d5  e836c4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bac1a   4da  e831c4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bac1f   4df  e82cc4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bac24   4e4  e827c4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bac29   4e9  e822c4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bac2e   4ee  e81dc4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bac33   4f3  e818c4ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bac38   4f8  50                   push rax
0x1f3b4bac39   4f9  52                   push rdx
0x1f3b4bac3a   4fa  e821c5ffff           call 0x1f3b4b7160  (jump table)
0x1f3b4bac3f   4ff  5a                   pop rdx
0x1f3b4bac40   500  58                   pop rax
0x1f3b4bac41   501  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4bac45   505  e9b9feffff           jmp 0x1f3b4bab03  <+0x3c3>
0x1f3b4bac4a   50a  e811c5ffff           call 0x1f3b4b7160  (jump table)
0x1f3b4bac4f   50f  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4bac53   513  e9ccfeffff           jmp 0x1f3b4bab24  <+0x3e4>

Protected instructions:
 pc offset  land pad
        f3       403
        fb       408
       110       40d
       129       412
       157       417
       192       41c
       1d8       421
       27a       494
       288       499
       293       49e
       2a2       4a3
       2ae       4a8
       2c0       4ad
       2cc       4b2
       2de       4b7
       2ea       4bc
       2fc       4c1
       308       4c6
       31a       4cb
       326       4d0
       338       4d5
       344       4da
       356       4df
       362       4e4
       377       4e9
       386       4ee
       39b       4f3

Source positions:
 pc offset  position
       3ef         0  statement
       403       243  statement
       408       251  statement
       40d       271  statement
       412       289  statement
       417       323  statement
       41c       357  statement
       421       391  statement
       456       436  statement
       494       444  statement
       499       453  statement
       49e       461  statement
       4a3       470  statement
       4a8       478  statement
       4ad       487  statement
       4b2       495  statement
       4b7       504  statement
       4bc       512  statement
       4c1       521  statement
       4c6       529  statement
       4cb       538  statement
       4d0       546  statement
       4d5       555  statement
       4da       563  statement
       4df       572  statement
       4e4       580  statement
       4e9       590  statement
       4ee       599  statement
       4f3       609  statement
       4fa       621  statement
       50a       625  statement

Safepoints (entries = 1, byte size = 16)
0x1f3b4bab34    3f4  slots (sp->fp): 000000000000000000000000000000000000000000000000

RelocInfo (size = 0)

--- End code ---
--- WebAssembly code ---
name: wasm-function[1]
index: 1
kind: wasm function
compiler: TurboFan
Body (size = 1408 = 1356 + 52 padding)
Instructions (size = 1340)
0x1f3b4bac80     0  55                   push rbp
0x1f3b4bac81     1  4889e5               REX.W movq rbp,rsp
0x1f3b4bac84     4  6a08                 push 0x8
0x1f3b4bac86     6  56                   push rsi
0x1f3b4bac87     7  4881ec08010000       REX.W subq rsp,0x108
0x1f3b4bac8e     e  488b7e3f             REX.W movq rdi,[rsi+0x3f]
0x1f3b4bac92    12  488b764f             REX.W movq rsi,[rsi+0x4f]
0x1f3b4bac96    16  488985e8feffff       REX.W movq [rbp-0x118],rax
0x1f3b4bac9d    1d  4533c0               xorl r8,r8
0x1f3b4baca0    20  e9ce000000           jmp 0x1f3b4bad73  <+0xf3>
0x1f3b4baca5    25  660f1f840000000000   nop
0x1f3b4bacae    2e  660f1f840000000000   nop
0x1f3b4bacb7    37  660f1f840000000000   nop
0x1f3b4bacc0    40  4183c001             addl r8,0x1
0x1f3b4bacc4    44  418bc1               movl rax,r9
0x1f3b4bacc7    47  c57a6f0407           vmovdqu xmm8,[rdi+rax*1]
0x1f3b4baccc    4c  c4413858c3           vaddps xmm8,xmm8,xmm11
0x1f3b4bacd1    51  c57a7f0407           vmovdqu [rdi+rax*1],xmm8
0x1f3b4bacd6    56  c57a6f440710         vmovdqu xmm8,[rdi+rax*1+0x10]
0x1f3b4bacdc    5c  c4413858c2           vaddps xmm8,xmm8,xmm10
0x1f3b4bace1    61  c57a7f443810         vmovdqu [rax+rdi*1+0x10],xmm8
0x1f3b4bace7    67  c57a6f440720         vmovdqu xmm8,[rdi+rax*1+0x20]
0x1f3b4baced    6d  c5b858ff             vaddps xmm7,xmm8,xmm7
0x1f3b4bacf1    71  c5fa7f7c3820         vmovdqu [rax+rdi*1+0x20],xmm7
0x1f3b4bacf7    77  c5fa6f7c0730         vmovdqu xmm7,[rdi+rax*1+0x30]
0x1f3b4bacfd    7d  c5c058f6             vaddps xmm6,xmm7,xmm6
0x1f3b4bad01    81  c5fa7f743830         vmovdqu [rax+rdi*1+0x30],xmm6
0x1f3b4bad07    87  c5fa6f740740         vmovdqu xmm6,[rdi+rax*1+0x40]
0x1f3b4bad0d    8d  c5c858ed             vaddps xmm5,xmm6,xmm5
0x1f3b4bad11    91  c5fa7f6c3840         vmovdqu [rax+rdi*1+0x40],xmm5
0x1f3b4bad17    97  c5fa6f6c0750         vmovdqu xmm5,[rdi+rax*1+0x50]
0x1f3b4bad1d    9d  c5d058e4             vaddps xmm4,xmm5,xmm4
0x1f3b4bad21    a1  c5fa7f643850         vmovdqu [rax+rdi*1+0x50],xmm4
0x1f3b4bad27    a7  c5fa6f640760         vmovdqu xmm4,[rdi+rax*1+0x60]
0x1f3b4bad2d    ad  c5d858db             vaddps xmm3,xmm4,xmm3
0x1f3b4bad31    b1  c5fa7f5c3860         vmovdqu [rax+rdi*1+0x60],xmm3
0x1f3b4bad37    b7  c5fa6f5c0770         vmovdqu xmm3,[rdi+rax*1+0x70]
0x1f3b4bad3d    bd  c5e058d2             vaddps xmm2,xmm3,xmm2
0x1f3b4bad41    c1  c5fa7f543870         vmovdqu [rax+rdi*1+0x70],xmm2
0x1f3b4bad47    c7  c5fa6f940780000000   vmovdqu xmm2,[rdi+rax*1+0x80]
0x1f3b4bad50    d0  c5e858c9             vaddps xmm1,xmm2,xmm1
0x1f3b4bad54    d4  c5fa7f8c3880000000   vmovdqu [rax+rdi*1+0x80],xmm1
0x1f3b4bad5d    dd  c5fa6f8c0790000000   vmovdqu xmm1,[rdi+rax*1+0x90]
0x1f3b4bad66    e6  c5f058c0             vaddps xmm0,xmm1,xmm0
0x1f3b4bad6a    ea  c5fa7f843890000000   vmovdqu [rax+rdi*1+0x90],xmm0
0x1f3b4bad73    f3  483b26               REX.W cmpq rsp,[rsi]
0x1f3b4bad76    f6  0f865f020000         jna 0x1f3b4bafdb  <+0x35b>
0x1f3b4bad7c    fc  443b85e8feffff       cmpl r8,[rbp-0x118]
0x1f3b4bad83   103  0f8d4d020000         jge 0x1f3b4bafd6  <+0x356>
0x1f3b4bad89   109  c5f9efc0             vpxor xmm0,xmm0,xmm0
0x1f3b4bad8d   10d  448bda               movl r11,rdx
0x1f3b4bad90   110  41c1e305             shll r11, 5
0x1f3b4bad94   114  4403db               addl r11,rbx
0x1f3b4bad97   117  448be1               movl r12,rcx
0x1f3b4bad9a   11a  c5f928c8             vmovapd xmm1,xmm0
0x1f3b4bad9e   11e  c5f928d0             vmovapd xmm2,xmm0
0x1f3b4bada2   122  c5f928d8             vmovapd xmm3,xmm0
0x1f3b4bada6   126  c5f928e0             vmovapd xmm4,xmm0
0x1f3b4badaa   12a  c5f928e8             vmovapd xmm5,xmm0
0x1f3b4badae   12e  c5f928f0             vmovapd xmm6,xmm0
0x1f3b4badb2   132  c5f928f8             vmovapd xmm7,xmm0
0x1f3b4badb6   136  c5f8118540ffffff     vmovups [rbp-0xc0],xmm0
0x1f3b4badbe   13e  c5f8118530ffffff     vmovups [rbp-0xd0],xmm0
0x1f3b4badc6   146  448bfb               movl r15,rbx
0x1f3b4badc9   149  e9f9000000           jmp 0x1f3b4baec7  <+0x247>
0x1f3b4badce   14e  660f1f840000000000   nop
0x1f3b4badd7   157  660f1f840000000000   nop
0x1f3b4bade0   160  660f1f840000000000   nop
0x1f3b4bade9   169  660f1f840000000000   nop
0x1f3b4badf2   172  660f1f840000000000   nop
0x1f3b4badfb   17b  0f1f440000           nop
0x1f3b4bae00   180  4183c450             addl r12,0x50
0x1f3b4bae04   184  c4217a6f1427         vmovdqu xmm10,[rdi+r12*1]
0x1f3b4bae0a   18a  c57a6f1c07           vmovdqu xmm11,[rdi+rax*1]
0x1f3b4bae0f   18f  c57a6f640710         vmovdqu xmm12,[rdi+rax*1+0x10]
0x1f3b4bae15   195  c4217a6f6c2710       vmovdqu xmm13,[rdi+r12*1+0x10]
0x1f3b4bae1c   19c  c4217a6f742720       vmovdqu xmm14,[rdi+r12*1+0x20]
0x1f3b4bae23   1a3  c4217a6f442730       vmovdqu xmm8,[rdi+r12*1+0x30]
0x1f3b4bae2a   1aa  c4217a6f4c2740       vmovdqu xmm9,[rdi+r12*1+0x40]
0x1f3b4bae31   1b1  c5781155c0           vmovups [rbp-0x40],xmm10
0x1f3b4bae36   1b6  c4413059d4           vmulps xmm10,xmm9,xmm12
0x1f3b4bae3b   1bb  c4c17858c2           vaddps xmm0,xmm0,xmm10
0x1f3b4bae40   1c0  c4413059cb           vmulps xmm9,xmm9,xmm11
0x1f3b4bae45   1c5  c4c17058c9           vaddps xmm1,xmm1,xmm9
0x1f3b4bae4a   1ca  c4413859cc           vmulps xmm9,xmm8,xmm12
0x1f3b4bae4f   1cf  c4c16858d1           vaddps xmm2,xmm2,xmm9
0x1f3b4bae54   1d4  c4413859c3           vmulps xmm8,xmm8,xmm11
0x1f3b4bae59   1d9  c4c16058d8           vaddps xmm3,xmm3,xmm8
0x1f3b4bae5e   1de  c4410859c4           vmulps xmm8,xmm14,xmm12
0x1f3b4bae63   1e3  c4c15858e0           vaddps xmm4,xmm4,xmm8
0x1f3b4bae68   1e8  c4410859c3           vmulps xmm8,xmm14,xmm11
0x1f3b4bae6d   1ed  c4c15058e8           vaddps xmm5,xmm5,xmm8
0x1f3b4bae72   1f2  c4411059c4           vmulps xmm8,xmm13,xmm12
0x1f3b4bae77   1f7  c4c14858f0           vaddps xmm6,xmm6,xmm8
0x1f3b4bae7c   1fc  c4411059c3           vmulps xmm8,xmm13,xmm11
0x1f3b4bae81   201  c4c14058f8           vaddps xmm7,xmm7,xmm8
0x1f3b4bae86   206  c5781045c0           vmovups xmm8,[rbp-0x40]
0x1f3b4bae8b   20b  c4413859cc           vmulps xmm9,xmm8,xmm12
0x1f3b4bae90   210  c578109540ffffff     vmovups xmm10,[rbp-0xc0]
0x1f3b4bae98   218  c4412858c9           vaddps xmm9,xmm10,xmm9
0x1f3b4bae9d   21d  c4413859c3           vmulps xmm8,xmm8,xmm11
0x1f3b4baea2   222  c578109d30ffffff     vmovups xmm11,[rbp-0xd0]
0x1f3b4baeaa   22a  c4412058c0           vaddps xmm8,xmm11,xmm8
0x1f3b4baeaf   22f  448d7820             leal r15,[rax+0x20]
0x1f3b4baeb3   233  4183c450             addl r12,0x50
0x1f3b4baeb7   237  c578118530ffffff     vmovups [rbp-0xd0],xmm8
0x1f3b4baebf   23f  c578118d40ffffff     vmovups [rbp-0xc0],xmm9
0x1f3b4baec7   247  483b26               REX.W cmpq rsp,[rsi]
0x1f3b4baeca   24a  0f8662010000         jna 0x1f3b4bb032  <+0x3b2>
0x1f3b4baed0   250  453bfb               cmpl r15,r11
0x1f3b4baed3   253  0f83d9000000         jnc 0x1f3b4bafb2  <+0x332>
0x1f3b4baed9   259  4589e6               movl r14,r12
0x1f3b4baedc   25c  c4217a6f1437         vmovdqu xmm10,[rdi+r14*1]
0x1f3b4baee2   262  418bc7               movl rax,r15
0x1f3b4baee5   265  c57a6f1c07           vmovdqu xmm11,[rdi+rax*1]
0x1f3b4baeea   26a  c57a6f640710         vmovdqu xmm12,[rdi+rax*1+0x10]
0x1f3b4baef0   270  c4217a6f6c3710       vmovdqu xmm13,[rdi+r14*1+0x10]
0x1f3b4baef7   277  c4217a6f743720       vmovdqu xmm14,[rdi+r14*1+0x20]
0x1f3b4baefe   27e  c4217a6f4c3730       vmovdqu xmm9,[rdi+r14*1+0x30]
0x1f3b4baf05   285  c4217a6f443740       vmovdqu xmm8,[rdi+r14*1+0x40]
0x1f3b4baf0c   28c  418d4720             leal rax,[r15+0x20]
0x1f3b4baf10   290  c578119510ffffff     vmovups [rbp-0xf0],xmm10
0x1f3b4baf18   298  c4413859d4           vmulps xmm10,xmm8,xmm12
0x1f3b4baf1d   29d  c4c17858c2           vaddps xmm0,xmm0,xmm10
0x1f3b4baf22   2a2  c4413859c3           vmulps xmm8,xmm8,xmm11
0x1f3b4baf27   2a7  c4c17058c8           vaddps xmm1,xmm1,xmm8
0x1f3b4baf2c   2ac  c4413059c4           vmulps xmm8,xmm9,xmm12
0x1f3b4baf31   2b1  c4c16858d0           vaddps xmm2,xmm2,xmm8
0x1f3b4baf36   2b6  c4413059c3           vmulps xmm8,xmm9,xmm11
0x1f3b4baf3b   2bb  c4c16058d8           vaddps xmm3,xmm3,xmm8
0x1f3b4baf40   2c0  c4410859c4           vmulps xmm8,xmm14,xmm12
0x1f3b4baf45   2c5  c4c15858e0           vaddps xmm4,xmm4,xmm8
0x1f3b4baf4a   2ca  c4410859c3           vmulps xmm8,xmm14,xmm11
0x1f3b4baf4f   2cf  c4c15058e8           vaddps xmm5,xmm5,xmm8
0x1f3b4baf54   2d4  c4411059c4           vmulps xmm8,xmm13,xmm12
0x1f3b4baf59   2d9  c4c14858f0           vaddps xmm6,xmm6,xmm8
0x1f3b4baf5e   2de  c4411059c3           vmulps xmm8,xmm13,xmm11
0x1f3b4baf63   2e3  c4c14058f8           vaddps xmm7,xmm7,xmm8
0x1f3b4baf68   2e8  c578108510ffffff     vmovups xmm8,[rbp-0xf0]
0x1f3b4baf70   2f0  c4413859cc           vmulps xmm9,xmm8,xmm12
0x1f3b4baf75   2f5  c578109540ffffff     vmovups xmm10,[rbp-0xc0]
0x1f3b4baf7d   2fd  c4412858c9           vaddps xmm9,xmm10,xmm9
0x1f3b4baf82   302  c4413859c3           vmulps xmm8,xmm8,xmm11
0x1f3b4baf87   307  c578109d30ffffff     vmovups xmm11,[rbp-0xd0]
0x1f3b4baf8f   30f  c4412058c0           vaddps xmm8,xmm11,xmm8
0x1f3b4baf94   314  c578118d40ffffff     vmovups [rbp-0xc0],xmm9
0x1f3b4baf9c   31c  c578118530ffffff     vmovups [rbp-0xd0],xmm8
0x1f3b4bafa4   324  413bc3               cmpl rax,r11
0x1f3b4bafa7   327  0f8253feffff         jc 0x1f3b4bae00  <+0x180>
0x1f3b4bafad   32d  e915000000           jmp 0x1f3b4bafc7  <+0x347>
0x1f3b4bafb2   332  c578109d30ffffff     vmovups xmm11,[rbp-0xd0]
0x1f3b4bafba   33a  c578109540ffffff     vmovups xmm10,[rbp-0xc0]
0x1f3b4bafc2   342  e9f9fcffff           jmp 0x1f3b4bacc0  <+0x40>
0x1f3b4bafc7   347  c4417928d8           vmovapd xmm11,xmm8
0x1f3b4bafcc   34c  c4417928d1           vmovapd xmm10,xmm9
0x1f3b4bafd1   351  e9eafcffff           jmp 0x1f3b4bacc0  <+0x40>
0x1f3b4bafd6   356  488be5               REX.W movq rsp,rbp
0x1f3b4bafd9   359  5d                   pop rbp
0x1f3b4bafda   35a  c3                   retl
0x1f3b4bafdb   35b  48897de8             REX.W movq [rbp-0x18],rdi
0x1f3b4bafdf   35f  4c894de0             REX.W movq [rbp-0x20],r9
0x1f3b4bafe3   363  4c8945d8             REX.W movq [rbp-0x28],r8
0x1f3b4bafe7   367  4889b508ffffff       REX.W movq [rbp-0xf8],rsi
0x1f3b4bafee   36e  48899d00ffffff       REX.W movq [rbp-0x100],rbx
0x1f3b4baff5   375  48898df8feffff       REX.W movq [rbp-0x108],rcx
0x1f3b4baffc   37c  488995f0feffff       REX.W movq [rbp-0x110],rdx
0x1f3b4bb003   383  e8c8c2ffff           call 0x1f3b4b72d0  (jump table)
0x1f3b4bb008   388  488b7de8             REX.W movq rdi,[rbp-0x18]
0x1f3b4bb00c   38c  448b4de0             movl r9,[rbp-0x20]
0x1f3b4bb010   390  448b45d8             movl r8,[rbp-0x28]
0x1f3b4bb014   394  488bb508ffffff       REX.W movq rsi,[rbp-0xf8]
0x1f3b4bb01b   39b  8b9d00ffffff         movl rbx,[rbp-0x100]
0x1f3b4bb021   3a1  8b8df8feffff         movl rcx,[rbp-0x108]
0x1f3b4bb027   3a7  8b95f0feffff         movl rdx,[rbp-0x110]
0x1f3b4bb02d   3ad  e94afdffff           jmp 0x1f3b4bad7c  <+0xfc>
0x1f3b4bb032   3b2  48897de8             REX.W movq [rbp-0x18],rdi
0x1f3b4bb036   3b6  4c894de0             REX.W movq [rbp-0x20],r9
0x1f3b4bb03a   3ba  4c8945d8             REX.W movq [rbp-0x28],r8
0x1f3b4bb03e   3be  c5f81145c0           vmovups [rbp-0x40],xmm0
0x1f3b4bb043   3c3  c5f8114db0           vmovups [rbp-0x50],xmm1
0x1f3b4bb048   3c8  c5f81155a0           vmovups [rbp-0x60],xmm2
0x1f3b4bb04d   3cd  c5f8115d90           vmovups [rbp-0x70],xmm3
0x1f3b4bb052   3d2  c5f8116580           vmovups [rbp-0x80],xmm4
0x1f3b4bb057   3d7  c5f811ad70ffffff     vmovups [rbp-0x90],xmm5
0x1f3b4bb05f   3df  c5f811b560ffffff     vmovups [rbp-0xa0],xmm6
0x1f3b4bb067   3e7  c5f811bd50ffffff     vmovups [rbp-0xb0],xmm7
0x1f3b4bb06f   3ef  4c8965d0             REX.W movq [rbp-0x30],r12
0x1f3b4bb073   3f3  4c899d28ffffff       REX.W movq [rbp-0xd8],r11
0x1f3b4bb07a   3fa  4c89bd20ffffff       REX.W movq [rbp-0xe0],r15
0x1f3b4bb081   401  4889b508ffffff       REX.W movq [rbp-0xf8],rsi
0x1f3b4bb088   408  48899d00ffffff       REX.W movq [rbp-0x100],rbx
0x1f3b4bb08f   40f  48898df8feffff       REX.W movq [rbp-0x108],rcx
0x1f3b4bb096   416  488995f0feffff       REX.W movq [rbp-0x110],rdx
0x1f3b4bb09d   41d  e82ec2ffff           call 0x1f3b4b72d0  (jump table)
0x1f3b4bb0a2   422  488b7de8             REX.W movq rdi,[rbp-0x18]
0x1f3b4bb0a6   426  448b4de0             movl r9,[rbp-0x20]
0x1f3b4bb0aa   42a  448b45d8             movl r8,[rbp-0x28]
0x1f3b4bb0ae   42e  c5f81045c0           vmovups xmm0,[rbp-0x40]
0x1f3b4bb0b3   433  c5f8104db0           vmovups xmm1,[rbp-0x50]
0x1f3b4bb0b8   438  c5f81055a0           vmovups xmm2,[rbp-0x60]
0x1f3b4bb0bd   43d  c5f8105d90           vmovups xmm3,[rbp-0x70]
0x1f3b4bb0c2   442  c5f8106580           vmovups xmm4,[rbp-0x80]
0x1f3b4bb0c7   447  c5f810ad70ffffff     vmovups xmm5,[rbp-0x90]
0x1f3b4bb0cf   44f  c5f810b560ffffff     vmovups xmm6,[rbp-0xa0]
0x1f3b4bb0d7   457  c5f810bd50ffffff     vmovups xmm7,[rbp-0xb0]
0x1f3b4bb0df   45f  448b65d0             movl r12,[rbp-0x30]
0x1f3b4bb0e3   463  448b9d28ffffff       movl r11,[rbp-0xd8]
0x1f3b4bb0ea   46a  448bbd20ffffff       movl r15,[rbp-0xe0]
0x1f3b4bb0f1   471  488bb508ffffff       REX.W movq rsi,[rbp-0xf8]
0x1f3b4bb0f8   478  8b9d00ffffff         movl rbx,[rbp-0x100]
0x1f3b4bb0fe   47e  8b8df8feffff         movl rcx,[rbp-0x108]
0x1f3b4bb104   484  8b95f0feffff         movl rdx,[rbp-0x110]
0x1f3b4bb10a   48a  e9c1fdffff           jmp 0x1f3b4baed0  <+0x250>
0x1f3b4bb10f   48f  e83cbfffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb114   494  e837bfffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb119   499  e832bfffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb11e   49e  e82dbfffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb123   4a3  e828bfffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb128   4a8  e823bfffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb12d   4ad  e81ebfffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb132   4b2  e819bfffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb137   4b7  e814bfffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb13c   4bc  e80fbfffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb141   4c1  e80abfffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb146   4c6  e805bfffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb14b   4cb  e800bfffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb150   4d0  e8fbbeffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb155   4d5  e8f6beffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb15a   4da  e8f1beffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb15f   4df  e8ecbeffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb164   4e4  e8e7beffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb169   4e9  e8e2beffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb16e   4ee  e8ddbeffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb173   4f3  e8d8beffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb178   4f8  e8d3beffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb17d   4fd  e8cebeffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb182   502  e8c9beffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb187   507  e8c4beffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb18c   50c  e8bfbeffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb191   511  e8babeffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb196   516  e8b5beffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb19b   51b  e8b0beffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb1a0   520  e8abbeffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb1a5   525  e8a6beffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb1aa   52a  e8a1beffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb1af   52f  e89cbeffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb1b4   534  e897beffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb1b9   539  90                   nop
0x1f3b4bb1ba   53a  6690                 nop

Protected instructions:
 pc offset  land pad
       285       48f
       27e       494
       277       499
       270       49e
       26a       4a3
       265       4a8
       25c       4ad
       1aa       4b2
       1a3       4b7
       19c       4bc
       195       4c1
       18f       4c6
       18a       4cb
       184       4d0
        ea       4d5
        dd       4da
        d4       4df
        c7       4e4
        c1       4e9
        b7       4ee
        b1       4f3
        a7       4f8
        a1       4fd
        97       502
        91       507
        87       50c
        81       511
        77       516
        71       51b
        67       520
        61       525
        56       52a
        51       52f
        47       534

Source positions:
 pc offset  position
        47       444
        51       453
        56       461
        61       470
        67       478
        71       487
        77       495
        81       504
        87       512
        91       521
        97       529
        a1       538
        a7       546
        b1       555
        b7       563
        c1       572
        c7       580
        d4       590
        dd       599
        ea       609
       184       243
       18a       251
       18f       271
       195       289
       19c       323
       1a3       357
       1aa       391
       25c       243
       265       251
       26a       271
       270       289
       277       323
       27e       357
       285       391
       35b         5
       3b2       230
       48f       391
       494       357
       499       323
       49e       289
       4a3       271
       4a8       251
       4ad       243
       4b2       391
       4b7       357
       4bc       323
       4c1       289
       4c6       271
       4cb       251
       4d0       243
       4d5       609
       4da       599
       4df       590
       4e4       580
       4e9       572
       4ee       563
       4f3       555
       4f8       546
       4fd       538
       502       529
       507       521
       50c       512
       511       504
       516       495
       51b       487
       520       478
       525       470
       52a       461
       52f       453
       534       444

Safepoints (entries = 1, byte size = 15)
0x1f3b4bb008    388  slots (sp->fp): 0000000000000000000000000000000000000000

RelocInfo (size = 42)
0x1f3b4bb004  wasm stub call  (0x1f3b4b72d0)
0x1f3b4bb09e  wasm stub call  (0x1f3b4b72d0)
0x1f3b4bb110  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb115  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb11a  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb11f  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb124  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb129  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb12e  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb133  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb138  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb13d  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb142  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb147  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb14c  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb151  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb156  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb15b  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb160  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb165  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb16a  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb16f  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb174  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb179  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb17e  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb183  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb188  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb18d  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb192  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb197  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb19c  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb1a1  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb1a6  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb1ab  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb1b0  wasm stub call  (0x1f3b4b7050)
0x1f3b4bb1b5  wasm stub call  (0x1f3b4b7050)

--- End code ---
--- WebAssembly code ---
name: wasm-function[4]
index: 4
kind: wasm function
compiler: Liftoff
Body (size = 1664 = 1628 + 36 padding)
Instructions (size = 1608)
0x1f3b4bb200     0  55                   push rbp
0x1f3b4bb201     1  4889e5               REX.W movq rbp,rsp
0x1f3b4bb204     4  6a08                 push 0x8
0x1f3b4bb206     6  56                   push rsi
0x1f3b4bb207     7  4881ec48010000       REX.W subq rsp,0x148
0x1f3b4bb20e     e  50                   push rax
0x1f3b4bb20f     f  51                   push rcx
0x1f3b4bb210    10  57                   push rdi
0x1f3b4bb211    11  488dbdbcfeffff       REX.W leaq rdi,[rbp-0x144]
0x1f3b4bb218    18  33c0                 xorl rax,rax
0x1f3b4bb21a    1a  b944000000           movl rcx,0x44
0x1f3b4bb21f    1f  f3ab                 rep stosl
0x1f3b4bb221    21  5f                   pop rdi
0x1f3b4bb222    22  59                   pop rcx
0x1f3b4bb223    23  58                   pop rax
0x1f3b4bb224    24  488b7e4f             REX.W movq rdi,[rsi+0x4f]
0x1f3b4bb228    28  483b27               REX.W cmpq rsp,[rdi]
0x1f3b4bb22b    2b  0f86c5040000         jna 0x1f3b4bb6f6  <+0x4f6>
0x1f3b4bb231    31  8945dc               movl [rbp-0x24],rax
0x1f3b4bb234    34  8955d8               movl [rbp-0x28],rdx
0x1f3b4bb237    37  894dd4               movl [rbp-0x2c],rcx
0x1f3b4bb23a    3a  895dd0               movl [rbp-0x30],rbx
0x1f3b4bb23d    3d  44894dcc             movl [rbp-0x34],r9
0x1f3b4bb241    41  8b45dc               movl rax,[rbp-0x24]
0x1f3b4bb244    44  8b4dc0               movl rcx,[rbp-0x40]
0x1f3b4bb247    47  3bc1                 cmpl rax,rcx
0x1f3b4bb249    49  0f8e89040000         jle 0x1f3b4bb6d8  <+0x4d8>
0x1f3b4bb24f    4f  c5f9efc0             vpxor xmm0,xmm0,xmm0
0x1f3b4bb253    53  c5f1efc9             vpxor xmm1,xmm1,xmm1
0x1f3b4bb257    57  c5e9efd2             vpxor xmm2,xmm2,xmm2
0x1f3b4bb25b    5b  c5e1efdb             vpxor xmm3,xmm3,xmm3
0x1f3b4bb25f    5f  c5d9efe4             vpxor xmm4,xmm4,xmm4
0x1f3b4bb263    63  c5d1efed             vpxor xmm5,xmm5,xmm5
0x1f3b4bb267    67  c5c9eff6             vpxor xmm6,xmm6,xmm6
0x1f3b4bb26b    6b  c5c1efff             vpxor xmm7,xmm7,xmm7
0x1f3b4bb26f    6f  c5fa7f459c           vmovdqu [rbp-0x64],xmm0
0x1f3b4bb274    74  c5f9efc0             vpxor xmm0,xmm0,xmm0
0x1f3b4bb278    78  c5fa7f4d8c           vmovdqu [rbp-0x74],xmm1
0x1f3b4bb27d    7d  c5f1efc9             vpxor xmm1,xmm1,xmm1
0x1f3b4bb281    81  8b45d4               movl rax,[rbp-0x2c]
0x1f3b4bb284    84  8b4dd0               movl rcx,[rbp-0x30]
0x1f3b4bb287    87  8b55d8               movl rdx,[rbp-0x28]
0x1f3b4bb28a    8a  c1e205               shll rdx, 5
0x1f3b4bb28d    8d  8d1411               leal rdx,[rcx+rdx*1]
0x1f3b4bb290    90  8945c8               movl [rbp-0x38],rax
0x1f3b4bb293    93  894dc4               movl [rbp-0x3c],rcx
0x1f3b4bb296    96  8955bc               movl [rbp-0x44],rdx
0x1f3b4bb299    99  c5fa7f957cffffff     vmovdqu [rbp-0x84],xmm2
0x1f3b4bb2a1    a1  c5fa7f9d6cffffff     vmovdqu [rbp-0x94],xmm3
0x1f3b4bb2a9    a9  c5fa7fa55cffffff     vmovdqu [rbp-0xa4],xmm4
0x1f3b4bb2b1    b1  c5fa7fad4cffffff     vmovdqu [rbp-0xb4],xmm5
0x1f3b4bb2b9    b9  c5fa7fb53cffffff     vmovdqu [rbp-0xc4],xmm6
0x1f3b4bb2c1    c1  c5fa7fbd2cffffff     vmovdqu [rbp-0xd4],xmm7
0x1f3b4bb2c9    c9  c5fa7f851cffffff     vmovdqu [rbp-0xe4],xmm0
0x1f3b4bb2d1    d1  c5fa7f8d0cffffff     vmovdqu [rbp-0xf4],xmm1
0x1f3b4bb2d9    d9  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4bb2dc    dc  8b4dbc               movl rcx,[rbp-0x44]
0x1f3b4bb2df    df  3bc1                 cmpl rax,rcx
0x1f3b4bb2e1    e1  0f8396020000         jnc 0x1f3b4bb57d  <+0x37d>
0x1f3b4bb2e7    e7  c5fa6f459c           vmovdqu xmm0,[rbp-0x64]
0x1f3b4bb2ec    ec  8b45c8               movl rax,[rbp-0x38]
0x1f3b4bb2ef    ef  488b4e3f             REX.W movq rcx,[rsi+0x3f]
0x1f3b4bb2f3    f3  c4e279180c01         vbroadcastss xmm1,[rcx+rax*1]
0x1f3b4bb2f9    f9  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4bb2fc    fc  c5fa6f1401           vmovdqu xmm2,[rcx+rax*1]
0x1f3b4bb301   101  c5f059da             vmulps xmm3,xmm1,xmm2
0x1f3b4bb305   105  c5f858c3             vaddps xmm0,xmm0,xmm3
0x1f3b4bb309   109  8b45c8               movl rax,[rbp-0x38]
0x1f3b4bb30c   10c  c4e279185c0114       vbroadcastss xmm3,[rcx+rax*1+0x14]
0x1f3b4bb313   113  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4bb316   116  c5fa6f640120         vmovdqu xmm4,[rcx+rax*1+0x20]
0x1f3b4bb31c   11c  c5e059ec             vmulps xmm5,xmm3,xmm4
0x1f3b4bb320   120  c5f858c5             vaddps xmm0,xmm0,xmm5
0x1f3b4bb324   124  c5fa6f6d8c           vmovdqu xmm5,[rbp-0x74]
0x1f3b4bb329   129  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4bb32c   12c  c5fa6f740110         vmovdqu xmm6,[rcx+rax*1+0x10]
0x1f3b4bb332   132  c5f059ce             vmulps xmm1,xmm1,xmm6
0x1f3b4bb336   136  c5d058e9             vaddps xmm5,xmm5,xmm1
0x1f3b4bb33a   13a  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4bb33d   13d  c5fa6f4c0130         vmovdqu xmm1,[rcx+rax*1+0x30]
0x1f3b4bb343   143  c5e059d9             vmulps xmm3,xmm3,xmm1
0x1f3b4bb347   147  c5d058eb             vaddps xmm5,xmm5,xmm3
0x1f3b4bb34b   14b  c5fa6f9d7cffffff     vmovdqu xmm3,[rbp-0x84]
0x1f3b4bb353   153  8b45c8               movl rax,[rbp-0x38]
0x1f3b4bb356   156  c4e279187c0104       vbroadcastss xmm7,[rcx+rax*1+0x4]
0x1f3b4bb35d   15d  c5fa7f95ecfeffff     vmovdqu [rbp-0x114],xmm2
0x1f3b4bb365   165  c5c059d2             vmulps xmm2,xmm7,xmm2
0x1f3b4bb369   169  c5e058da             vaddps xmm3,xmm3,xmm2
0x1f3b4bb36d   16d  8b45c8               movl rax,[rbp-0x38]
0x1f3b4bb370   170  c4e27918540118       vbroadcastss xmm2,[rcx+rax*1+0x18]
0x1f3b4bb377   177  c5fa7f9dacfeffff     vmovdqu [rbp-0x154],xmm3
0x1f3b4bb37f   17f  c5e859dc             vmulps xmm3,xmm2,xmm4
0x1f3b4bb383   183  c5fa7f65ac           vmovdqu [rbp-0x54],xmm4
0x1f3b4bb388   188  c5fa6fa5acfeffff     vmovdqu xmm4,[rbp-0x154]
0x1f3b4bb390   190  c5d858e3             vaddps xmm4,xmm4,xmm3
0x1f3b4bb394   194  c5fa6f9d6cffffff     vmovdqu xmm3,[rbp-0x94]
0x1f3b4bb39c   19c  c5fa7f6d8c           vmovdqu [rbp-0x74],xmm5
0x1f3b4bb3a1   1a1  c5c059ee             vmulps xmm5,xmm7,xmm6
0x1f3b4bb3a5   1a5  c5e058dd             vaddps xmm3,xmm3,xmm5
0x1f3b4bb3a9   1a9  c5e859e9             vmulps xmm5,xmm2,xmm1
0x1f3b4bb3ad   1ad  c5e058dd             vaddps xmm3,xmm3,xmm5
0x1f3b4bb3b1   1b1  c5fa6fad5cffffff     vmovdqu xmm5,[rbp-0xa4]
0x1f3b4bb3b9   1b9  8b45c8               movl rax,[rbp-0x38]
0x1f3b4bb3bc   1bc  c5fa7fb5fcfeffff     vmovdqu [rbp-0x104],xmm6
0x1f3b4bb3c4   1c4  c4e27918740108       vbroadcastss xmm6,[rcx+rax*1+0x8]
0x1f3b4bb3cb   1cb  c5fa6fbdecfeffff     vmovdqu xmm7,[rbp-0x114]
0x1f3b4bb3d3   1d3  c5c859ff             vmulps xmm7,xmm6,xmm7
0x1f3b4bb3d7   1d7  c5d058ef             vaddps xmm5,xmm5,xmm7
0x1f3b4bb3db   1db  8b45c8               movl rax,[rbp-0x38]
0x1f3b4bb3de   1de  c4e279187c011c       vbroadcastss xmm7,[rcx+rax*1+0x1c]
0x1f3b4bb3e5   1e5  c5fa6f55ac           vmovdqu xmm2,[rbp-0x54]
0x1f3b4bb3ea   1ea  c5c059d2             vmulps xmm2,xmm7,xmm2
0x1f3b4bb3ee   1ee  c5d058ea             vaddps xmm5,xmm5,xmm2
0x1f3b4bb3f2   1f2  c5fa6f954cffffff     vmovdqu xmm2,[rbp-0xb4]
0x1f3b4bb3fa   1fa  c5fa7fbdbcfeffff     vmovdqu [rbp-0x144],xmm7
0x1f3b4bb402   202  c5fa6fbdfcfeffff     vmovdqu xmm7,[rbp-0x104]
0x1f3b4bb40a   20a  c5c859ff             vmulps xmm7,xmm6,xmm7
0x1f3b4bb40e   20e  c5e858d7             vaddps xmm2,xmm2,xmm7
0x1f3b4bb412   212  c5fa6fbdbcfeffff     vmovdqu xmm7,[rbp-0x144]
0x1f3b4bb41a   21a  c5c059f9             vmulps xmm7,xmm7,xmm1
0x1f3b4bb41e   21e  c5e858d7             vaddps xmm2,xmm2,xmm7
0x1f3b4bb422   222  c5fa6fbd3cffffff     vmovdqu xmm7,[rbp-0xc4]
0x1f3b4bb42a   22a  8b45c8               movl rax,[rbp-0x38]
0x1f3b4bb42d   22d  c5fa7f459c           vmovdqu [rbp-0x64],xmm0
0x1f3b4bb432   232  c4e2791844010c       vbroadcastss xmm0,[rcx+rax*1+0xc]
0x1f3b4bb439   239  c5fa6fb5ecfeffff     vmovdqu xmm6,[rbp-0x114]
0x1f3b4bb441   241  c5f859f6             vmulps xmm6,xmm0,xmm6
0x1f3b4bb445   245  c5c058fe             vaddps xmm7,xmm7,xmm6
0x1f3b4bb449   249  8b45c8               movl rax,[rbp-0x38]
0x1f3b4bb44c   24c  c4e27918740120       vbroadcastss xmm6,[rcx+rax*1+0x20]
0x1f3b4bb453   253  c5fa7f8ddcfeffff     vmovdqu [rbp-0x124],xmm1
0x1f3b4bb45b   25b  c5fa6f4dac           vmovdqu xmm1,[rbp-0x54]
0x1f3b4bb460   260  c5c859c9             vmulps xmm1,xmm6,xmm1
0x1f3b4bb464   264  c5c058f9             vaddps xmm7,xmm7,xmm1
0x1f3b4bb468   268  c5fa6f8d2cffffff     vmovdqu xmm1,[rbp-0xd4]
0x1f3b4bb470   270  c5fa7f954cffffff     vmovdqu [rbp-0xb4],xmm2
0x1f3b4bb478   278  c5fa6f95fcfeffff     vmovdqu xmm2,[rbp-0x104]
0x1f3b4bb480   280  c5f859d2             vmulps xmm2,xmm0,xmm2
0x1f3b4bb484   284  c5f058ca             vaddps xmm1,xmm1,xmm2
0x1f3b4bb488   288  c5fa6f95dcfeffff     vmovdqu xmm2,[rbp-0x124]
0x1f3b4bb490   290  c5c859d2             vmulps xmm2,xmm6,xmm2
0x1f3b4bb494   294  c5f058ca             vaddps xmm1,xmm1,xmm2
0x1f3b4bb498   298  c5fa6f951cffffff     vmovdqu xmm2,[rbp-0xe4]
0x1f3b4bb4a0   2a0  8b45c8               movl rax,[rbp-0x38]
0x1f3b4bb4a3   2a3  c5fa7f9d6cffffff     vmovdqu [rbp-0x94],xmm3
0x1f3b4bb4ab   2ab  c4e279185c0110       vbroadcastss xmm3,[rcx+rax*1+0x10]
0x1f3b4bb4b2   2b2  c5fa6f85ecfeffff     vmovdqu xmm0,[rbp-0x114]
0x1f3b4bb4ba   2ba  c5e059c0             vmulps xmm0,xmm3,xmm0
0x1f3b4bb4be   2be  c5e858d0             vaddps xmm2,xmm2,xmm0
0x1f3b4bb4c2   2c2  8b45c8               movl rax,[rbp-0x38]
0x1f3b4bb4c5   2c5  c4e27918440124       vbroadcastss xmm0,[rcx+rax*1+0x24]
0x1f3b4bb4cc   2cc  c5fa7fa57cffffff     vmovdqu [rbp-0x84],xmm4
0x1f3b4bb4d4   2d4  c5fa6f65ac           vmovdqu xmm4,[rbp-0x54]
0x1f3b4bb4d9   2d9  c5f859e4             vmulps xmm4,xmm0,xmm4
0x1f3b4bb4dd   2dd  c5e858d4             vaddps xmm2,xmm2,xmm4
0x1f3b4bb4e1   2e1  c5fa6fa50cffffff     vmovdqu xmm4,[rbp-0xf4]
0x1f3b4bb4e9   2e9  c5fa7fad5cffffff     vmovdqu [rbp-0xa4],xmm5
0x1f3b4bb4f1   2f1  c5fa6fadfcfeffff     vmovdqu xmm5,[rbp-0x104]
0x1f3b4bb4f9   2f9  c5e059ed             vmulps xmm5,xmm3,xmm5
0x1f3b4bb4fd   2fd  c5d858e5             vaddps xmm4,xmm4,xmm5
0x1f3b4bb501   301  c5fa6faddcfeffff     vmovdqu xmm5,[rbp-0x124]
0x1f3b4bb509   309  c5f859ed             vmulps xmm5,xmm0,xmm5
0x1f3b4bb50d   30d  c5d858e5             vaddps xmm4,xmm4,xmm5
0x1f3b4bb511   311  8b45c8               movl rax,[rbp-0x38]
0x1f3b4bb514   314  83c028               addl rax,0x28
0x1f3b4bb517   317  8b55c4               movl rdx,[rbp-0x3c]
0x1f3b4bb51a   31a  bbc0ffffff           movl rbx,0xffffffc0
0x1f3b4bb51f   31f  2bd3                 subl rdx,rbx
0x1f3b4bb521   321  488b9eaf000000       REX.W movq rbx,[rsi+0xaf]
0x1f3b4bb528   328  8b7b10               movl rdi,[rbx+0x10]
0x1f3b4bb52b   32b  81ef49020000         subl rdi,0x249
0x1f3b4bb531   331  0f881f020000         js 0x1f3b4bb756  <+0x556>
0x1f3b4bb537   337  897b10               movl [rbx+0x10],rdi
0x1f3b4bb53a   33a  8945c8               movl [rbp-0x38],rax
0x1f3b4bb53d   33d  8955c4               movl [rbp-0x3c],rdx
0x1f3b4bb540   340  c5fa7fbd3cffffff     vmovdqu [rbp-0xc4],xmm7
0x1f3b4bb548   348  c5fa7f8d2cffffff     vmovdqu [rbp-0xd4],xmm1
0x1f3b4bb550   350  c5fa7f951cffffff     vmovdqu [rbp-0xe4],xmm2
0x1f3b4bb558   358  c5fa7fa50cffffff     vmovdqu [rbp-0xf4],xmm4
0x1f3b4bb560   360  c5fa7f85ecfeffff     vmovdqu [rbp-0x114],xmm0
0x1f3b4bb568   368  c5fa7f9dccfeffff     vmovdqu [rbp-0x134],xmm3
0x1f3b4bb570   370  c5fa7fb5bcfeffff     vmovdqu [rbp-0x144],xmm6
0x1f3b4bb578   378  e95cfdffff           jmp 0x1f3b4bb2d9  <+0xd9>
0x1f3b4bb57d   37d  8b45cc               movl rax,[rbp-0x34]
0x1f3b4bb580   380  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4bb583   383  488b563f             REX.W movq rdx,[rsi+0x3f]
0x1f3b4bb587   387  c5fa6f040a           vmovdqu xmm0,[rdx+rcx*1]
0x1f3b4bb58c   38c  c5fa6f4d9c           vmovdqu xmm1,[rbp-0x64]
0x1f3b4bb591   391  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4bb595   395  c5fa7f0402           vmovdqu [rdx+rax*1],xmm0
0x1f3b4bb59a   39a  8b45cc               movl rax,[rbp-0x34]
0x1f3b4bb59d   39d  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4bb5a0   3a0  c5fa6f440a10         vmovdqu xmm0,[rdx+rcx*1+0x10]
0x1f3b4bb5a6   3a6  c5fa6f4d8c           vmovdqu xmm1,[rbp-0x74]
0x1f3b4bb5ab   3ab  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4bb5af   3af  c5fa7f440210         vmovdqu [rdx+rax*1+0x10],xmm0
0x1f3b4bb5b5   3b5  8b45cc               movl rax,[rbp-0x34]
0x1f3b4bb5b8   3b8  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4bb5bb   3bb  c5fa6f440a20         vmovdqu xmm0,[rdx+rcx*1+0x20]
0x1f3b4bb5c1   3c1  c5fa6f8d7cffffff     vmovdqu xmm1,[rbp-0x84]
0x1f3b4bb5c9   3c9  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4bb5cd   3cd  c5fa7f440220         vmovdqu [rdx+rax*1+0x20],xmm0
0x1f3b4bb5d3   3d3  8b45cc               movl rax,[rbp-0x34]
0x1f3b4bb5d6   3d6  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4bb5d9   3d9  c5fa6f440a30         vmovdqu xmm0,[rdx+rcx*1+0x30]
0x1f3b4bb5df   3df  c5fa6f8d6cffffff     vmovdqu xmm1,[rbp-0x94]
0x1f3b4bb5e7   3e7  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4bb5eb   3eb  c5fa7f440230         vmovdqu [rdx+rax*1+0x30],xmm0
0x1f3b4bb5f1   3f1  8b45cc               movl rax,[rbp-0x34]
0x1f3b4bb5f4   3f4  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4bb5f7   3f7  c5fa6f440a40         vmovdqu xmm0,[rdx+rcx*1+0x40]
0x1f3b4bb5fd   3fd  c5fa6f8d5cffffff     vmovdqu xmm1,[rbp-0xa4]
0x1f3b4bb605   405  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4bb609   409  c5fa7f440240         vmovdqu [rdx+rax*1+0x40],xmm0
0x1f3b4bb60f   40f  8b45cc               movl rax,[rbp-0x34]
0x1f3b4bb612   412  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4bb615   415  c5fa6f440a50         vmovdqu xmm0,[rdx+rcx*1+0x50]
0x1f3b4bb61b   41b  c5fa6f8d4cffffff     vmovdqu xmm1,[rbp-0xb4]
0x1f3b4bb623   423  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4bb627   427  c5fa7f440250         vmovdqu [rdx+rax*1+0x50],xmm0
0x1f3b4bb62d   42d  8b45cc               movl rax,[rbp-0x34]
0x1f3b4bb630   430  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4bb633   433  c5fa6f440a60         vmovdqu xmm0,[rdx+rcx*1+0x60]
0x1f3b4bb639   439  c5fa6f8d3cffffff     vmovdqu xmm1,[rbp-0xc4]
0x1f3b4bb641   441  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4bb645   445  c5fa7f440260         vmovdqu [rdx+rax*1+0x60],xmm0
0x1f3b4bb64b   44b  8b45cc               movl rax,[rbp-0x34]
0x1f3b4bb64e   44e  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4bb651   451  c5fa6f440a70         vmovdqu xmm0,[rdx+rcx*1+0x70]
0x1f3b4bb657   457  c5fa6f8d2cffffff     vmovdqu xmm1,[rbp-0xd4]
0x1f3b4bb65f   45f  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4bb663   463  c5fa7f440270         vmovdqu [rdx+rax*1+0x70],xmm0
0x1f3b4bb669   469  8b45cc               movl rax,[rbp-0x34]
0x1f3b4bb66c   46c  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4bb66f   46f  c5fa6f840a80000000   vmovdqu xmm0,[rdx+rcx*1+0x80]
0x1f3b4bb678   478  c5fa6f8d1cffffff     vmovdqu xmm1,[rbp-0xe4]
0x1f3b4bb680   480  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4bb684   484  c5fa7f840280000000   vmovdqu [rdx+rax*1+0x80],xmm0
0x1f3b4bb68d   48d  8b45cc               movl rax,[rbp-0x34]
0x1f3b4bb690   490  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4bb693   493  c5fa6f840a90000000   vmovdqu xmm0,[rdx+rcx*1+0x90]
0x1f3b4bb69c   49c  c5fa6f8d0cffffff     vmovdqu xmm1,[rbp-0xf4]
0x1f3b4bb6a4   4a4  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4bb6a8   4a8  c5fa7f840290000000   vmovdqu [rdx+rax*1+0x90],xmm0
0x1f3b4bb6b1   4b1  8b45c0               movl rax,[rbp-0x40]
0x1f3b4bb6b4   4b4  83c001               addl rax,0x1
0x1f3b4bb6b7   4b7  488b8eaf000000       REX.W movq rcx,[rsi+0xaf]
0x1f3b4bb6be   4be  8b5910               movl rbx,[rcx+0x10]
0x1f3b4bb6c1   4c1  81eb77040000         subl rbx,0x477
0x1f3b4bb6c7   4c7  0f885b010000         js 0x1f3b4bb828  <+0x628>
0x1f3b4bb6cd   4cd  895910               movl [rcx+0x10],rbx
0x1f3b4bb6d0   4d0  8945c0               movl [rbp-0x40],rax
0x1f3b4bb6d3   4d3  e969fbffff           jmp 0x1f3b4bb241  <+0x41>
0x1f3b4bb6d8   4d8  488b86af000000       REX.W movq rax,[rsi+0xaf]
0x1f3b4bb6df   4df  8b4810               movl rcx,[rax+0x10]
0x1f3b4bb6e2   4e2  81e9d8040000         subl rcx,0x4d8
0x1f3b4bb6e8   4e8  0f884c010000         js 0x1f3b4bb83a  <+0x63a>
0x1f3b4bb6ee   4ee  894810               movl [rax+0x10],rcx
0x1f3b4bb6f1   4f1  488be5               REX.W movq rsp,rbp
0x1f3b4bb6f4   4f4  5d                   pop rbp
0x1f3b4bb6f5   4f5  c3                   retl
0x1f3b4bb6f6   4f6  50                   push rax
0x1f3b4bb6f7   4f7  51                   push rcx
0x1f3b4bb6f8   4f8  52                   push rdx
0x1f3b4bb6f9   4f9  53                   push rbx
0x1f3b4bb6fa   4fa  4151                 push r9
0x1f3b4bb6fc   4fc  e8cfbbffff           call 0x1f3b4b72d0  (jump table)
0x1f3b4bb701   501  4159                 pop r9
0x1f3b4bb703   503  5b                   pop rbx
0x1f3b4bb704   504  5a                   pop rdx
0x1f3b4bb705   505  59                   pop rcx
0x1f3b4bb706   506  58                   pop rax
0x1f3b4bb707   507  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4bb70b   50b  e921fbffff           jmp 0x1f3b4bb231  <+0x31>
0x1f3b4bb710   510  e83bb9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb715   515  e836b9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb71a   51a  e831b9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb71f   51f  e82cb9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb724   524  e827b9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb729   529  e822b9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb72e   52e  e81db9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb733   533  e818b9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb738   538  e813b9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb73d   53d  e80eb9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb742   542  e809b9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb747   547  e804b9ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb74c   54c  e8ffb8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb751   551  e8fab8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb756   556  50                   push rax
0x1f3b4bb757   557  51                   push rcx
0x1f3b4bb758   558  52                   push rdx
0x1f3b4bb759   559  4883ec70             REX.W subq rsp,0x70
0x1f3b4bb75d   55d  c5fa7f0424           vmovdqu [rsp],xmm0
0x1f3b4bb762   562  c5fa7f4c2410         vmovdqu [rsp+0x10],xmm1
0x1f3b4bb768   568  c5fa7f542420         vmovdqu [rsp+0x20],xmm2
0x1f3b4bb76e   56e  c5fa7f5c2430         vmovdqu [rsp+0x30],xmm3
0x1f3b4bb774   574  c5fa7f642440         vmovdqu [rsp+0x40],xmm4
0x1f3b4bb77a   57a  c5fa7f742450         vmovdqu [rsp+0x50],xmm6
0x1f3b4bb780   580  c5fa7f7c2460         vmovdqu [rsp+0x60],xmm7
0x1f3b4bb786   586  e8d5b9ffff           call 0x1f3b4b7160  (jump table)
0x1f3b4bb78b   58b  c5fa6f0424           vmovdqu xmm0,[rsp]
0x1f3b4bb790   590  c5fa6f4c2410         vmovdqu xmm1,[rsp+0x10]
0x1f3b4bb796   596  c5fa6f542420         vmovdqu xmm2,[rsp+0x20]
0x1f3b4bb79c   59c  c5fa6f5c2430         vmovdqu xmm3,[rsp+0x30]
0x1f3b4bb7a2   5a2  c5fa6f642440         vmovdqu xmm4,[rsp+0x40]
0x1f3b4bb7a8   5a8  c5fa6f742450         vmovdqu xmm6,[rsp+0x50]
0x1f3b4bb7ae   5ae  c5fa6f7c2460         vmovdqu xmm7,[rsp+0x60]
0x1f3b4bb7b4   5b4  4883c470             REX.W addq rsp,0x70
0x1f3b4bb7b8   5b8  5a                   pop rdx
0x1f3b4bb7b9   5b9  59                   pop rcx
0x1f3b4bb7ba   5ba  58                   pop rax
0x1f3b4bb7bb   5bb  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4bb7bf   5bf  e976fdffff           jmp 0x1f3b4bb53a  <+0x33a>
0x1f3b4bb7c4   5c4  e887b8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb7c9   5c9  e882b8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb7ce   5ce  e87db8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb7d3   5d3  e878b8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb7d8   5d8  e873b8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb7dd   5dd  e86eb8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb7e2   5e2  e869b8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb7e7   5e7  e864b8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb7ec   5ec  e85fb8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb7f1   5f1  e85ab8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb7f6   5f6  e855b8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb7fb   5fb  e850b8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb800   600  e84bb8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb805   605  e846b8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb80a   60a  e841b8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb80f   60f  e83cb8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb814   614  e837b8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb819   619  e832b8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb81e   61e  e82db8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb823   623  e828b8ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bb828   628  50                   push rax
0x1f3b4bb829   629  52                   push rdx
0x1f3b4bb82a   62a  e831b9ffff           call 0x1f3b4b7160  (jump table)
0x1f3b4bb82f   62f  5a                   pop rdx
0x1f3b4bb830   630  58                   pop rax
0x1f3b4bb831   631  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4bb835   635  e996feffff           jmp 0x1f3b4bb6d0  <+0x4d0>
0x1f3b4bb83a   63a  e821b9ffff           call 0x1f3b4b7160  (jump table)
0x1f3b4bb83f   63f  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4bb843   643  e9a9feffff           jmp 0x1f3b4bb6f1  <+0x4f1>

Protected instructions:
 pc offset  land pad
        f3       510
        fc       515
       10c       51a
       116       51f
       12c       524
       13d       529
       156       52e
       170       533
       1c4       538
       1de       53d
       232       542
       24c       547
       2ab       54c
       2c5       551
       387       5c4
       395       5c9
       3a0       5ce
       3af       5d3
       3bb       5d8
       3cd       5dd
       3d9       5e2
       3eb       5e7
       3f7       5ec
       409       5f1
       415       5f6
       427       5fb
       433       600
       445       605
       451       60a
       463       60f
       46f       614
       484       619
       493       61e
       4a8       623

Source positions:
 pc offset  position
       4fc         0  statement
       510       243  statement
       515       251  statement
       51a       265  statement
       51f       273  statement
       524       293  statement
       529       309  statement
       52e       327  statement
       533       343  statement
       538       387  statement
       53d       403  statement
       542       447  statement
       547       463  statement
       54c       507  statement
       551       523  statement
       586       577  statement
       5c4       585  statement
       5c9       594  statement
       5ce       602  statement
       5d3       611  statement
       5d8       619  statement
       5dd       628  statement
       5e2       636  statement
       5e7       645  statement
       5ec       653  statement
       5f1       662  statement
       5f6       670  statement
       5fb       679  statement
       600       687  statement
       605       696  statement
       60a       704  statement
       60f       713  statement
       614       721  statement
       619       731  statement
       61e       740  statement
       623       750  statement
       62a       762  statement
       63a       766  statement

Safepoints (entries = 1, byte size = 17)
0x1f3b4bb701    501  slots (sp->fp): 00000000000000000000000000000000000000000000000000000000

RelocInfo (size = 0)

--- End code ---
--- WebAssembly code ---
name: wasm-function[4]
index: 4
kind: wasm function
compiler: TurboFan
Body (size = 1408 = 1372 + 36 padding)
Instructions (size = 1356)
0x1f3b4bb880     0  55                   push rbp
0x1f3b4bb881     1  4889e5               REX.W movq rbp,rsp
0x1f3b4bb884     4  6a08                 push 0x8
0x1f3b4bb886     6  56                   push rsi
0x1f3b4bb887     7  4881ec58010000       REX.W subq rsp,0x158
0x1f3b4bb88e     e  488b7e3f             REX.W movq rdi,[rsi+0x3f]
0x1f3b4bb892    12  488b764f             REX.W movq rsi,[rsi+0x4f]
0x1f3b4bb896    16  48899da8feffff       REX.W movq [rbp-0x158],rbx
0x1f3b4bb89d    1d  48898db0feffff       REX.W movq [rbp-0x150],rcx
0x1f3b4bb8a4    24  488995a0feffff       REX.W movq [rbp-0x160],rdx
0x1f3b4bb8ab    2b  48898598feffff       REX.W movq [rbp-0x168],rax
0x1f3b4bb8b2    32  4533c0               xorl r8,r8
0x1f3b4bb8b5    35  e9ef000000           jmp 0x1f3b4bb9a9  <+0x129>
0x1f3b4bb8ba    3a  660f1f440000         nop
0x1f3b4bb8c0    40  4183c001             addl r8,0x1
0x1f3b4bb8c4    44  418bc1               movl rax,r9
0x1f3b4bb8c7    47  c5fa6f2407           vmovdqu xmm4,[rdi+rax*1]
0x1f3b4bb8cc    4c  c578108d30ffffff     vmovups xmm9,[rbp-0xd0]
0x1f3b4bb8d4    54  c4c15858e1           vaddps xmm4,xmm4,xmm9
0x1f3b4bb8d9    59  c5fa7f2407           vmovdqu [rdi+rax*1],xmm4
0x1f3b4bb8de    5e  c5fa6f640710         vmovdqu xmm4,[rdi+rax*1+0x10]
0x1f3b4bb8e4    64  c578108540ffffff     vmovups xmm8,[rbp-0xc0]
0x1f3b4bb8ec    6c  c4c15858e0           vaddps xmm4,xmm4,xmm8
0x1f3b4bb8f1    71  c4c17a7f2404         vmovdqu [r12+rax*1],xmm4
0x1f3b4bb8f7    77  c5fa6f640720         vmovdqu xmm4,[rdi+rax*1+0x20]
0x1f3b4bb8fd    7d  c5f810bd60ffffff     vmovups xmm7,[rbp-0xa0]
0x1f3b4bb905    85  c5d858e7             vaddps xmm4,xmm4,xmm7
0x1f3b4bb909    89  c4c17a7f2403         vmovdqu [r11+rax*1],xmm4
0x1f3b4bb90f    8f  c5fa6f640730         vmovdqu xmm4,[rdi+rax*1+0x30]
0x1f3b4bb915    95  c5f810b570ffffff     vmovups xmm6,[rbp-0x90]
0x1f3b4bb91d    9d  c5d858e6             vaddps xmm4,xmm4,xmm6
0x1f3b4bb921    a1  c5fa7f643830         vmovdqu [rax+rdi*1+0x30],xmm4
0x1f3b4bb927    a7  c5fa6f640740         vmovdqu xmm4,[rdi+rax*1+0x40]
0x1f3b4bb92d    ad  c5f8106d80           vmovups xmm5,[rbp-0x80]
0x1f3b4bb932    b2  c5d858e5             vaddps xmm4,xmm4,xmm5
0x1f3b4bb936    b6  c5fa7f643840         vmovdqu [rax+rdi*1+0x40],xmm4
0x1f3b4bb93c    bc  c5fa6f6c0750         vmovdqu xmm5,[rdi+rax*1+0x50]
0x1f3b4bb942    c2  c5f8106590           vmovups xmm4,[rbp-0x70]
0x1f3b4bb947    c7  c5d058e4             vaddps xmm4,xmm5,xmm4
0x1f3b4bb94b    cb  c5fa7f643850         vmovdqu [rax+rdi*1+0x50],xmm4
0x1f3b4bb951    d1  c5fa6f640760         vmovdqu xmm4,[rdi+rax*1+0x60]
0x1f3b4bb957    d7  c5d858db             vaddps xmm3,xmm4,xmm3
0x1f3b4bb95b    db  c5fa7f5c3860         vmovdqu [rax+rdi*1+0x60],xmm3
0x1f3b4bb961    e1  c5fa6f5c0770         vmovdqu xmm3,[rdi+rax*1+0x70]
0x1f3b4bb967    e7  c5e058d2             vaddps xmm2,xmm3,xmm2
0x1f3b4bb96b    eb  c5fa7f543870         vmovdqu [rax+rdi*1+0x70],xmm2
0x1f3b4bb971    f1  c5fa6f940780000000   vmovdqu xmm2,[rdi+rax*1+0x80]
0x1f3b4bb97a    fa  c5e858c9             vaddps xmm1,xmm2,xmm1
0x1f3b4bb97e    fe  c5fa7f8c3880000000   vmovdqu [rax+rdi*1+0x80],xmm1
0x1f3b4bb987   107  c5fa6f8c0790000000   vmovdqu xmm1,[rdi+rax*1+0x90]
0x1f3b4bb990   110  c5f058c0             vaddps xmm0,xmm1,xmm0
0x1f3b4bb994   114  c5fa7f843890000000   vmovdqu [rax+rdi*1+0x90],xmm0
0x1f3b4bb99d   11d  8b95a0feffff         movl rdx,[rbp-0x160]
0x1f3b4bb9a3   123  8b9da8feffff         movl rbx,[rbp-0x158]
0x1f3b4bb9a9   129  483b26               REX.W cmpq rsp,[rsi]
0x1f3b4bb9ac   12c  0f8683020000         jna 0x1f3b4bbc35  <+0x3b5>
0x1f3b4bb9b2   132  443b8598feffff       cmpl r8,[rbp-0x168]
0x1f3b4bb9b9   139  0f8d71020000         jge 0x1f3b4bbc30  <+0x3b0>
0x1f3b4bb9bf   13f  4c8d5f20             REX.W leaq r11,[rdi+0x20]
0x1f3b4bb9c3   143  4c8d6710             REX.W leaq r12,[rdi+0x10]
0x1f3b4bb9c7   147  c5f9efc0             vpxor xmm0,xmm0,xmm0
0x1f3b4bb9cb   14b  448bfa               movl r15,rdx
0x1f3b4bb9ce   14e  41c1e705             shll r15, 5
0x1f3b4bb9d2   152  4403fb               addl r15,rbx
0x1f3b4bb9d5   155  448bf3               movl r14,rbx
0x1f3b4bb9d8   158  c5f928c8             vmovapd xmm1,xmm0
0x1f3b4bb9dc   15c  c5f928d0             vmovapd xmm2,xmm0
0x1f3b4bb9e0   160  c5f928d8             vmovapd xmm3,xmm0
0x1f3b4bb9e4   164  c5f8114590           vmovups [rbp-0x70],xmm0
0x1f3b4bb9e9   169  c5f8114580           vmovups [rbp-0x80],xmm0
0x1f3b4bb9ee   16e  c5f8118570ffffff     vmovups [rbp-0x90],xmm0
0x1f3b4bb9f6   176  c5f8118560ffffff     vmovups [rbp-0xa0],xmm0
0x1f3b4bb9fe   17e  c5f8118540ffffff     vmovups [rbp-0xc0],xmm0
0x1f3b4bba06   186  c5f8118530ffffff     vmovups [rbp-0xd0],xmm0
0x1f3b4bba0e   18e  8b85b0feffff         movl rax,[rbp-0x150]
0x1f3b4bba14   194  e900020000           jmp 0x1f3b4bbc19  <+0x399>
0x1f3b4bba19   199  660f1f840000000000   nop
0x1f3b4bba22   1a2  660f1f840000000000   nop
0x1f3b4bba2b   1ab  660f1f840000000000   nop
0x1f3b4bba34   1b4  660f1f840000000000   nop
0x1f3b4bba3d   1bd  0f1f00               nop
0x1f3b4bba40   1c0  8bd8                 movl rbx,rax
0x1f3b4bba42   1c2  c4627918141f         vbroadcastss xmm10,[rdi+rbx*1]
0x1f3b4bba48   1c8  418bd6               movl rdx,r14
0x1f3b4bba4b   1cb  c57a6f1c17           vmovdqu xmm11,[rdi+rdx*1]
0x1f3b4bba50   1d0  488d4f14             REX.W leaq rcx,[rdi+0x14]
0x1f3b4bba54   1d4  c46279182419         vbroadcastss xmm12,[rcx+rbx*1]
0x1f3b4bba5a   1da  c57a6f6c1720         vmovdqu xmm13,[rdi+rdx*1+0x20]
0x1f3b4bba60   1e0  c57a6f741710         vmovdqu xmm14,[rdi+rdx*1+0x10]
0x1f3b4bba66   1e6  c57a6f4c1730         vmovdqu xmm9,[rdi+rdx*1+0x30]
0x1f3b4bba6c   1ec  488d5704             REX.W leaq rdx,[rdi+0x4]
0x1f3b4bba70   1f0  c4627918041a         vbroadcastss xmm8,[rdx+rbx*1]
0x1f3b4bba76   1f6  488d5718             REX.W leaq rdx,[rdi+0x18]
0x1f3b4bba7a   1fa  c57811a500ffffff     vmovups [rbp-0x100],xmm12
0x1f3b4bba82   202  c4627918241a         vbroadcastss xmm12,[rdx+rbx*1]
0x1f3b4bba88   208  488d5708             REX.W leaq rdx,[rdi+0x8]
0x1f3b4bba8c   20c  c5781195f0feffff     vmovups [rbp-0x110],xmm10
0x1f3b4bba94   214  c4627918141a         vbroadcastss xmm10,[rdx+rbx*1]
0x1f3b4bba9a   21a  488d571c             REX.W leaq rdx,[rdi+0x1c]
0x1f3b4bba9e   21e  c4e279183c1a         vbroadcastss xmm7,[rdx+rbx*1]
0x1f3b4bbaa4   224  488d570c             REX.W leaq rdx,[rdi+0xc]
0x1f3b4bbaa8   228  c4e27918341a         vbroadcastss xmm6,[rdx+rbx*1]
0x1f3b4bbaae   22e  c57811a5e0feffff     vmovups [rbp-0x120],xmm12
0x1f3b4bbab6   236  c4427918241b         vbroadcastss xmm12,[r11+rbx*1]
0x1f3b4bbabc   23c  c5781185d0feffff     vmovups [rbp-0x130],xmm8
0x1f3b4bbac4   244  c4427918041c         vbroadcastss xmm8,[r12+rbx*1]
0x1f3b4bbaca   24a  488d5724             REX.W leaq rdx,[rdi+0x24]
0x1f3b4bbace   24e  c4e279182c1a         vbroadcastss xmm5,[rdx+rbx*1]
0x1f3b4bbad4   254  c4c13859e6           vmulps xmm4,xmm8,xmm14
0x1f3b4bbad9   259  c5f811bdc0feffff     vmovups [rbp-0x140],xmm7
0x1f3b4bbae1   261  c4c15059f9           vmulps xmm7,xmm5,xmm9
0x1f3b4bbae6   266  c5f858c4             vaddps xmm0,xmm0,xmm4
0x1f3b4bbaea   26a  c5f858c7             vaddps xmm0,xmm0,xmm7
0x1f3b4bbaee   26e  c4c13859e3           vmulps xmm4,xmm8,xmm11
0x1f3b4bbaf3   273  c4c15059ed           vmulps xmm5,xmm5,xmm13
0x1f3b4bbaf8   278  c5f058cc             vaddps xmm1,xmm1,xmm4
0x1f3b4bbafc   27c  c5f058cd             vaddps xmm1,xmm1,xmm5
0x1f3b4bbb00   280  c4c14859e6           vmulps xmm4,xmm6,xmm14
0x1f3b4bbb05   285  c4c11859e9           vmulps xmm5,xmm12,xmm9
0x1f3b4bbb0a   28a  c5e858d4             vaddps xmm2,xmm2,xmm4
0x1f3b4bbb0e   28e  c5e858d5             vaddps xmm2,xmm2,xmm5
0x1f3b4bbb12   292  c4c14859e3           vmulps xmm4,xmm6,xmm11
0x1f3b4bbb17   297  c4c11859ed           vmulps xmm5,xmm12,xmm13
0x1f3b4bbb1c   29c  c5e058dc             vaddps xmm3,xmm3,xmm4
0x1f3b4bbb20   2a0  c5e058dd             vaddps xmm3,xmm3,xmm5
0x1f3b4bbb24   2a4  c4c12859e6           vmulps xmm4,xmm10,xmm14
0x1f3b4bbb29   2a9  c5f810adc0feffff     vmovups xmm5,[rbp-0x140]
0x1f3b4bbb31   2b1  c4c15059f1           vmulps xmm6,xmm5,xmm9
0x1f3b4bbb36   2b6  c5f8107d90           vmovups xmm7,[rbp-0x70]
0x1f3b4bbb3b   2bb  c5c058e4             vaddps xmm4,xmm7,xmm4
0x1f3b4bbb3f   2bf  c5d858e6             vaddps xmm4,xmm4,xmm6
0x1f3b4bbb43   2c3  c4c12859f3           vmulps xmm6,xmm10,xmm11
0x1f3b4bbb48   2c8  c4c15059ed           vmulps xmm5,xmm5,xmm13
0x1f3b4bbb4d   2cd  c578104580           vmovups xmm8,[rbp-0x80]
0x1f3b4bbb52   2d2  c5b858f6             vaddps xmm6,xmm8,xmm6
0x1f3b4bbb56   2d6  c5c858ed             vaddps xmm5,xmm6,xmm5
0x1f3b4bbb5a   2da  c5f810b5d0feffff     vmovups xmm6,[rbp-0x130]
0x1f3b4bbb62   2e2  c4c14859fe           vmulps xmm7,xmm6,xmm14
0x1f3b4bbb67   2e7  c5781085e0feffff     vmovups xmm8,[rbp-0x120]
0x1f3b4bbb6f   2ef  c4413859d1           vmulps xmm10,xmm8,xmm9
0x1f3b4bbb74   2f4  c57810a570ffffff     vmovups xmm12,[rbp-0x90]
0x1f3b4bbb7c   2fc  c59858ff             vaddps xmm7,xmm12,xmm7
0x1f3b4bbb80   300  c4c14058fa           vaddps xmm7,xmm7,xmm10
0x1f3b4bbb85   305  c4c14859f3           vmulps xmm6,xmm6,xmm11
0x1f3b4bbb8a   30a  c4413859c5           vmulps xmm8,xmm8,xmm13
0x1f3b4bbb8f   30f  c578109560ffffff     vmovups xmm10,[rbp-0xa0]
0x1f3b4bbb97   317  c5a858f6             vaddps xmm6,xmm10,xmm6
0x1f3b4bbb9b   31b  c4c14858f0           vaddps xmm6,xmm6,xmm8
0x1f3b4bbba0   320  c5781085f0feffff     vmovups xmm8,[rbp-0x110]
0x1f3b4bbba8   328  c4413859d6           vmulps xmm10,xmm8,xmm14
0x1f3b4bbbad   32d  c57810a500ffffff     vmovups xmm12,[rbp-0x100]
0x1f3b4bbbb5   335  c4411859c9           vmulps xmm9,xmm12,xmm9
0x1f3b4bbbba   33a  c57810b540ffffff     vmovups xmm14,[rbp-0xc0]
0x1f3b4bbbc2   342  c4410858d2           vaddps xmm10,xmm14,xmm10
0x1f3b4bbbc7   347  c4412858c9           vaddps xmm9,xmm10,xmm9
0x1f3b4bbbcc   34c  c4413859c3           vmulps xmm8,xmm8,xmm11
0x1f3b4bbbd1   351  c4411859d5           vmulps xmm10,xmm12,xmm13
0x1f3b4bbbd6   356  c578109d30ffffff     vmovups xmm11,[rbp-0xd0]
0x1f3b4bbbde   35e  c4412058c0           vaddps xmm8,xmm11,xmm8
0x1f3b4bbbe3   363  c4413858c2           vaddps xmm8,xmm8,xmm10
0x1f3b4bbbe8   368  83c028               addl rax,0x28
0x1f3b4bbbeb   36b  4183c640             addl r14,0x40
0x1f3b4bbbef   36f  c578118530ffffff     vmovups [rbp-0xd0],xmm8
0x1f3b4bbbf7   377  c578118d40ffffff     vmovups [rbp-0xc0],xmm9
0x1f3b4bbbff   37f  c5f811b560ffffff     vmovups [rbp-0xa0],xmm6
0x1f3b4bbc07   387  c5f811bd70ffffff     vmovups [rbp-0x90],xmm7
0x1f3b4bbc0f   38f  c5f8116590           vmovups [rbp-0x70],xmm4
0x1f3b4bbc14   394  c5f8116d80           vmovups [rbp-0x80],xmm5
0x1f3b4bbc19   399  483b26               REX.W cmpq rsp,[rsi]
0x1f3b4bbc1c   39c  0f865b000000         jna 0x1f3b4bbc7d  <+0x3fd>
0x1f3b4bbc22   3a2  453bf7               cmpl r14,r15
0x1f3b4bbc25   3a5  0f8395fcffff         jnc 0x1f3b4bb8c0  <+0x40>
0x1f3b4bbc2b   3ab  e910feffff           jmp 0x1f3b4bba40  <+0x1c0>
0x1f3b4bbc30   3b0  488be5               REX.W movq rsp,rbp
0x1f3b4bbc33   3b3  5d                   pop rbp
0x1f3b4bbc34   3b4  c3                   retl
0x1f3b4bbc35   3b5  48897de8             REX.W movq [rbp-0x18],rdi
0x1f3b4bbc39   3b9  4c898d50ffffff       REX.W movq [rbp-0xb0],r9
0x1f3b4bbc40   3c0  4c898528ffffff       REX.W movq [rbp-0xd8],r8
0x1f3b4bbc47   3c7  4889b5b8feffff       REX.W movq [rbp-0x148],rsi
0x1f3b4bbc4e   3ce  e87db6ffff           call 0x1f3b4b72d0  (jump table)
0x1f3b4bbc53   3d3  488b7de8             REX.W movq rdi,[rbp-0x18]
0x1f3b4bbc57   3d7  448b8d50ffffff       movl r9,[rbp-0xb0]
0x1f3b4bbc5e   3de  448b8528ffffff       movl r8,[rbp-0xd8]
0x1f3b4bbc65   3e5  488bb5b8feffff       REX.W movq rsi,[rbp-0x148]
0x1f3b4bbc6c   3ec  8b9da8feffff         movl rbx,[rbp-0x158]
0x1f3b4bbc72   3f2  8b95a0feffff         movl rdx,[rbp-0x160]
0x1f3b4bbc78   3f8  e935fdffff           jmp 0x1f3b4bb9b2  <+0x132>
0x1f3b4bbc7d   3fd  48897de8             REX.W movq [rbp-0x18],rdi
0x1f3b4bbc81   401  c5f81145d0           vmovups [rbp-0x30],xmm0
0x1f3b4bbc86   406  c5f8114dc0           vmovups [rbp-0x40],xmm1
0x1f3b4bbc8b   40b  c5f81155b0           vmovups [rbp-0x50],xmm2
0x1f3b4bbc90   410  c5f8115da0           vmovups [rbp-0x60],xmm3
0x1f3b4bbc95   415  4c895de0             REX.W movq [rbp-0x20],r11
0x1f3b4bbc99   419  4c89a558ffffff       REX.W movq [rbp-0xa8],r12
0x1f3b4bbca0   420  4c898d50ffffff       REX.W movq [rbp-0xb0],r9
0x1f3b4bbca7   427  4c898528ffffff       REX.W movq [rbp-0xd8],r8
0x1f3b4bbcae   42e  4c89b520ffffff       REX.W movq [rbp-0xe0],r14
0x1f3b4bbcb5   435  48898518ffffff       REX.W movq [rbp-0xe8],rax
0x1f3b4bbcbc   43c  4c89bd10ffffff       REX.W movq [rbp-0xf0],r15
0x1f3b4bbcc3   443  4889b5b8feffff       REX.W movq [rbp-0x148],rsi
0x1f3b4bbcca   44a  e801b6ffff           call 0x1f3b4b72d0  (jump table)
0x1f3b4bbccf   44f  488b7de8             REX.W movq rdi,[rbp-0x18]
0x1f3b4bbcd3   453  c5f81045d0           vmovups xmm0,[rbp-0x30]
0x1f3b4bbcd8   458  c5f8104dc0           vmovups xmm1,[rbp-0x40]
0x1f3b4bbcdd   45d  c5f81055b0           vmovups xmm2,[rbp-0x50]
0x1f3b4bbce2   462  c5f8105da0           vmovups xmm3,[rbp-0x60]
0x1f3b4bbce7   467  4c8b5de0             REX.W movq r11,[rbp-0x20]
0x1f3b4bbceb   46b  4c8ba558ffffff       REX.W movq r12,[rbp-0xa8]
0x1f3b4bbcf2   472  448b8d50ffffff       movl r9,[rbp-0xb0]
0x1f3b4bbcf9   479  448b8528ffffff       movl r8,[rbp-0xd8]
0x1f3b4bbd00   480  448bb520ffffff       movl r14,[rbp-0xe0]
0x1f3b4bbd07   487  8b8518ffffff         movl rax,[rbp-0xe8]
0x1f3b4bbd0d   48d  448bbd10ffffff       movl r15,[rbp-0xf0]
0x1f3b4bbd14   494  488bb5b8feffff       REX.W movq rsi,[rbp-0x148]
0x1f3b4bbd1b   49b  e902ffffff           jmp 0x1f3b4bbc22  <+0x3a2>
0x1f3b4bbd20   4a0  e82bb3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbd25   4a5  e826b3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbd2a   4aa  e821b3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbd2f   4af  e81cb3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbd34   4b4  e817b3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbd39   4b9  e812b3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbd3e   4be  e80db3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbd43   4c3  e808b3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbd48   4c8  e803b3ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbd4d   4cd  e8feb2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbd52   4d2  e8f9b2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbd57   4d7  e8f4b2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbd5c   4dc  e8efb2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbd61   4e1  e8eab2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbd66   4e6  e8e5b2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbd6b   4eb  e8e0b2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbd70   4f0  e8dbb2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbd75   4f5  e8d6b2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbd7a   4fa  e8d1b2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbd7f   4ff  e8ccb2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbd84   504  e8c7b2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbd89   509  e8c2b2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbd8e   50e  e8bdb2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbd93   513  e8b8b2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbd98   518  e8b3b2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbd9d   51d  e8aeb2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbda2   522  e8a9b2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbda7   527  e8a4b2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbdac   52c  e89fb2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbdb1   531  e89ab2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbdb6   536  e895b2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbdbb   53b  e890b2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbdc0   540  e88bb2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbdc5   545  e886b2ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bbdca   54a  90                   nop
0x1f3b4bbdcb   54b  90                   nop

Protected instructions:
 pc offset  land pad
       24e       4a0
       244       4a5
       236       4aa
       228       4af
       21e       4b4
       214       4b9
       202       4be
       1f0       4c3
       1e6       4c8
       1e0       4cd
       1da       4d2
       1d4       4d7
       1cb       4dc
       1c2       4e1
       114       4e6
       107       4eb
        fe       4f0
        f1       4f5
        eb       4fa
        e1       4ff
        db       504
        d1       509
        cb       50e
        bc       513
        b6       518
        a7       51d
        a1       522
        8f       527
        89       52c
        77       531
        71       536
        5e       53b
        59       540
        47       545

Source positions:
 pc offset  position
        47       585
        59       594
        5e       602
        71       611
        77       619
        89       628
        8f       636
        a1       645
        a7       653
        b6       662
        bc       670
        cb       679
        d1       687
        db       696
        e1       704
        eb       713
        f1       721
        fe       731
       107       740
       114       750
       1cb       251
       1da       273
       1e0       293
       1e6       309
       3b5         5
       3fd       230
       4c8       309
       4cd       293
       4d2       273
       4dc       251
       4e6       750
       4eb       740
       4f0       731
       4f5       721
       4fa       713
       4ff       704
       504       696
       509       687
       50e       679
       513       670
       518       662
       51d       653
       522       645
       527       636
       52c       628
       531       619
       536       611
       53b       602
       540       594
       545       585

Safepoints (entries = 1, byte size = 16)
0x1f3b4bbc53    3d3  slots (sp->fp): 000000000000000000000000000000000000000000000000

RelocInfo (size = 42)
0x1f3b4bbc4f  wasm stub call  (0x1f3b4b72d0)
0x1f3b4bbccb  wasm stub call  (0x1f3b4b72d0)
0x1f3b4bbd21  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbd26  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbd2b  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbd30  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbd35  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbd3a  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbd3f  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbd44  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbd49  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbd4e  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbd53  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbd58  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbd5d  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbd62  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbd67  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbd6c  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbd71  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbd76  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbd7b  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbd80  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbd85  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbd8a  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbd8f  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbd94  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbd99  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbd9e  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbda3  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbda8  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbdad  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbdb2  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbdb7  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbdbc  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbdc1  wasm stub call  (0x1f3b4b7050)
0x1f3b4bbdc6  wasm stub call  (0x1f3b4b7050)

--- End code ---
--- WebAssembly code ---
name: wasm-function[0]
index: 0
kind: wasm function
compiler: Liftoff
Body (size = 1664 = 1620 + 44 padding)
Instructions (size = 1600)
0x1f3b4bbe00     0  55                   push rbp
0x1f3b4bbe01     1  4889e5               REX.W movq rbp,rsp
0x1f3b4bbe04     4  6a08                 push 0x8
0x1f3b4bbe06     6  56                   push rsi
0x1f3b4bbe07     7  4881ec48010000       REX.W subq rsp,0x148
0x1f3b4bbe0e     e  50                   push rax
0x1f3b4bbe0f     f  51                   push rcx
0x1f3b4bbe10    10  57                   push rdi
0x1f3b4bbe11    11  488dbdbcfeffff       REX.W leaq rdi,[rbp-0x144]
0x1f3b4bbe18    18  33c0                 xorl rax,rax
0x1f3b4bbe1a    1a  b944000000           movl rcx,0x44
0x1f3b4bbe1f    1f  f3ab                 rep stosl
0x1f3b4bbe21    21  5f                   pop rdi
0x1f3b4bbe22    22  59                   pop rcx
0x1f3b4bbe23    23  58                   pop rax
0x1f3b4bbe24    24  488b7e4f             REX.W movq rdi,[rsi+0x4f]
0x1f3b4bbe28    28  483b27               REX.W cmpq rsp,[rdi]
0x1f3b4bbe2b    2b  0f86bd040000         jna 0x1f3b4bc2ee  <+0x4ee>
0x1f3b4bbe31    31  8945dc               movl [rbp-0x24],rax
0x1f3b4bbe34    34  8955d8               movl [rbp-0x28],rdx
0x1f3b4bbe37    37  894dd4               movl [rbp-0x2c],rcx
0x1f3b4bbe3a    3a  895dd0               movl [rbp-0x30],rbx
0x1f3b4bbe3d    3d  44894dcc             movl [rbp-0x34],r9
0x1f3b4bbe41    41  8b45dc               movl rax,[rbp-0x24]
0x1f3b4bbe44    44  8b4dc0               movl rcx,[rbp-0x40]
0x1f3b4bbe47    47  3bc1                 cmpl rax,rcx
0x1f3b4bbe49    49  0f8e83040000         jle 0x1f3b4bc2d2  <+0x4d2>
0x1f3b4bbe4f    4f  c5f9efc0             vpxor xmm0,xmm0,xmm0
0x1f3b4bbe53    53  c5f1efc9             vpxor xmm1,xmm1,xmm1
0x1f3b4bbe57    57  c5e9efd2             vpxor xmm2,xmm2,xmm2
0x1f3b4bbe5b    5b  c5e1efdb             vpxor xmm3,xmm3,xmm3
0x1f3b4bbe5f    5f  c5d9efe4             vpxor xmm4,xmm4,xmm4
0x1f3b4bbe63    63  c5d1efed             vpxor xmm5,xmm5,xmm5
0x1f3b4bbe67    67  c5c9eff6             vpxor xmm6,xmm6,xmm6
0x1f3b4bbe6b    6b  c5c1efff             vpxor xmm7,xmm7,xmm7
0x1f3b4bbe6f    6f  c5fa7f459c           vmovdqu [rbp-0x64],xmm0
0x1f3b4bbe74    74  c5f9efc0             vpxor xmm0,xmm0,xmm0
0x1f3b4bbe78    78  c5fa7f4d8c           vmovdqu [rbp-0x74],xmm1
0x1f3b4bbe7d    7d  c5f1efc9             vpxor xmm1,xmm1,xmm1
0x1f3b4bbe81    81  8b45d4               movl rax,[rbp-0x2c]
0x1f3b4bbe84    84  8b4dd0               movl rcx,[rbp-0x30]
0x1f3b4bbe87    87  8b55d8               movl rdx,[rbp-0x28]
0x1f3b4bbe8a    8a  c1e205               shll rdx, 5
0x1f3b4bbe8d    8d  8d1411               leal rdx,[rcx+rdx*1]
0x1f3b4bbe90    90  8945c8               movl [rbp-0x38],rax
0x1f3b4bbe93    93  894dc4               movl [rbp-0x3c],rcx
0x1f3b4bbe96    96  8955bc               movl [rbp-0x44],rdx
0x1f3b4bbe99    99  c5fa7f957cffffff     vmovdqu [rbp-0x84],xmm2
0x1f3b4bbea1    a1  c5fa7f9d6cffffff     vmovdqu [rbp-0x94],xmm3
0x1f3b4bbea9    a9  c5fa7fa55cffffff     vmovdqu [rbp-0xa4],xmm4
0x1f3b4bbeb1    b1  c5fa7fad4cffffff     vmovdqu [rbp-0xb4],xmm5
0x1f3b4bbeb9    b9  c5fa7fb53cffffff     vmovdqu [rbp-0xc4],xmm6
0x1f3b4bbec1    c1  c5fa7fbd2cffffff     vmovdqu [rbp-0xd4],xmm7
0x1f3b4bbec9    c9  c5fa7f851cffffff     vmovdqu [rbp-0xe4],xmm0
0x1f3b4bbed1    d1  c5fa7f8d0cffffff     vmovdqu [rbp-0xf4],xmm1
0x1f3b4bbed9    d9  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4bbedc    dc  8b4dbc               movl rcx,[rbp-0x44]
0x1f3b4bbedf    df  3bc1                 cmpl rax,rcx
0x1f3b4bbee1    e1  0f8392020000         jnc 0x1f3b4bc179  <+0x379>
0x1f3b4bbee7    e7  c5fa6f459c           vmovdqu xmm0,[rbp-0x64]
0x1f3b4bbeec    ec  8b45c8               movl rax,[rbp-0x38]
0x1f3b4bbeef    ef  488b4e3f             REX.W movq rcx,[rsi+0x3f]
0x1f3b4bbef3    f3  c5fa6f0c01           vmovdqu xmm1,[rcx+rax*1]
0x1f3b4bbef8    f8  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4bbefb    fb  c5fa6f1401           vmovdqu xmm2,[rcx+rax*1]
0x1f3b4bbf00   100  c5f059da             vmulps xmm3,xmm1,xmm2
0x1f3b4bbf04   104  c5f858c3             vaddps xmm0,xmm0,xmm3
0x1f3b4bbf08   108  8b45c8               movl rax,[rbp-0x38]
0x1f3b4bbf0b   10b  c5fa6f5c0150         vmovdqu xmm3,[rcx+rax*1+0x50]
0x1f3b4bbf11   111  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4bbf14   114  c5fa6f640120         vmovdqu xmm4,[rcx+rax*1+0x20]
0x1f3b4bbf1a   11a  c5e059ec             vmulps xmm5,xmm3,xmm4
0x1f3b4bbf1e   11e  c5f858c5             vaddps xmm0,xmm0,xmm5
0x1f3b4bbf22   122  c5fa6f6d8c           vmovdqu xmm5,[rbp-0x74]
0x1f3b4bbf27   127  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4bbf2a   12a  c5fa6f740110         vmovdqu xmm6,[rcx+rax*1+0x10]
0x1f3b4bbf30   130  c5f059ce             vmulps xmm1,xmm1,xmm6
0x1f3b4bbf34   134  c5d058e9             vaddps xmm5,xmm5,xmm1
0x1f3b4bbf38   138  8b45c4               movl rax,[rbp-0x3c]
0x1f3b4bbf3b   13b  c5fa6f4c0130         vmovdqu xmm1,[rcx+rax*1+0x30]
0x1f3b4bbf41   141  c5e059d9             vmulps xmm3,xmm3,xmm1
0x1f3b4bbf45   145  c5d058eb             vaddps xmm5,xmm5,xmm3
0x1f3b4bbf49   149  c5fa6f9d7cffffff     vmovdqu xmm3,[rbp-0x84]
0x1f3b4bbf51   151  8b45c8               movl rax,[rbp-0x38]
0x1f3b4bbf54   154  c5fa6f7c0110         vmovdqu xmm7,[rcx+rax*1+0x10]
0x1f3b4bbf5a   15a  c5fa7f95ecfeffff     vmovdqu [rbp-0x114],xmm2
0x1f3b4bbf62   162  c5c059d2             vmulps xmm2,xmm7,xmm2
0x1f3b4bbf66   166  c5e058da             vaddps xmm3,xmm3,xmm2
0x1f3b4bbf6a   16a  8b45c8               movl rax,[rbp-0x38]
0x1f3b4bbf6d   16d  c5fa6f540160         vmovdqu xmm2,[rcx+rax*1+0x60]
0x1f3b4bbf73   173  c5fa7f9dacfeffff     vmovdqu [rbp-0x154],xmm3
0x1f3b4bbf7b   17b  c5e859dc             vmulps xmm3,xmm2,xmm4
0x1f3b4bbf7f   17f  c5fa7f65ac           vmovdqu [rbp-0x54],xmm4
0x1f3b4bbf84   184  c5fa6fa5acfeffff     vmovdqu xmm4,[rbp-0x154]
0x1f3b4bbf8c   18c  c5d858e3             vaddps xmm4,xmm4,xmm3
0x1f3b4bbf90   190  c5fa6f9d6cffffff     vmovdqu xmm3,[rbp-0x94]
0x1f3b4bbf98   198  c5fa7f6d8c           vmovdqu [rbp-0x74],xmm5
0x1f3b4bbf9d   19d  c5c059ee             vmulps xmm5,xmm7,xmm6
0x1f3b4bbfa1   1a1  c5e058dd             vaddps xmm3,xmm3,xmm5
0x1f3b4bbfa5   1a5  c5e859e9             vmulps xmm5,xmm2,xmm1
0x1f3b4bbfa9   1a9  c5e058dd             vaddps xmm3,xmm3,xmm5
0x1f3b4bbfad   1ad  c5fa6fad5cffffff     vmovdqu xmm5,[rbp-0xa4]
0x1f3b4bbfb5   1b5  8b45c8               movl rax,[rbp-0x38]
0x1f3b4bbfb8   1b8  c5fa7fb5fcfeffff     vmovdqu [rbp-0x104],xmm6
0x1f3b4bbfc0   1c0  c5fa6f740120         vmovdqu xmm6,[rcx+rax*1+0x20]
0x1f3b4bbfc6   1c6  c5fa6fbdecfeffff     vmovdqu xmm7,[rbp-0x114]
0x1f3b4bbfce   1ce  c5c859ff             vmulps xmm7,xmm6,xmm7
0x1f3b4bbfd2   1d2  c5d058ef             vaddps xmm5,xmm5,xmm7
0x1f3b4bbfd6   1d6  8b45c8               movl rax,[rbp-0x38]
0x1f3b4bbfd9   1d9  c5fa6f7c0170         vmovdqu xmm7,[rcx+rax*1+0x70]
0x1f3b4bbfdf   1df  c5fa6f55ac           vmovdqu xmm2,[rbp-0x54]
0x1f3b4bbfe4   1e4  c5c059d2             vmulps xmm2,xmm7,xmm2
0x1f3b4bbfe8   1e8  c5d058ea             vaddps xmm5,xmm5,xmm2
0x1f3b4bbfec   1ec  c5fa6f954cffffff     vmovdqu xmm2,[rbp-0xb4]
0x1f3b4bbff4   1f4  c5fa7fbdbcfeffff     vmovdqu [rbp-0x144],xmm7
0x1f3b4bbffc   1fc  c5fa6fbdfcfeffff     vmovdqu xmm7,[rbp-0x104]
0x1f3b4bc004   204  c5c859ff             vmulps xmm7,xmm6,xmm7
0x1f3b4bc008   208  c5e858d7             vaddps xmm2,xmm2,xmm7
0x1f3b4bc00c   20c  c5fa6fbdbcfeffff     vmovdqu xmm7,[rbp-0x144]
0x1f3b4bc014   214  c5c059f9             vmulps xmm7,xmm7,xmm1
0x1f3b4bc018   218  c5e858d7             vaddps xmm2,xmm2,xmm7
0x1f3b4bc01c   21c  c5fa6fbd3cffffff     vmovdqu xmm7,[rbp-0xc4]
0x1f3b4bc024   224  8b45c8               movl rax,[rbp-0x38]
0x1f3b4bc027   227  c5fa7f459c           vmovdqu [rbp-0x64],xmm0
0x1f3b4bc02c   22c  c5fa6f440130         vmovdqu xmm0,[rcx+rax*1+0x30]
0x1f3b4bc032   232  c5fa6fb5ecfeffff     vmovdqu xmm6,[rbp-0x114]
0x1f3b4bc03a   23a  c5f859f6             vmulps xmm6,xmm0,xmm6
0x1f3b4bc03e   23e  c5c058fe             vaddps xmm7,xmm7,xmm6
0x1f3b4bc042   242  8b45c8               movl rax,[rbp-0x38]
0x1f3b4bc045   245  c5fa6fb40180000000   vmovdqu xmm6,[rcx+rax*1+0x80]
0x1f3b4bc04e   24e  c5fa7f8ddcfeffff     vmovdqu [rbp-0x124],xmm1
0x1f3b4bc056   256  c5fa6f4dac           vmovdqu xmm1,[rbp-0x54]
0x1f3b4bc05b   25b  c5c859c9             vmulps xmm1,xmm6,xmm1
0x1f3b4bc05f   25f  c5c058f9             vaddps xmm7,xmm7,xmm1
0x1f3b4bc063   263  c5fa6f8d2cffffff     vmovdqu xmm1,[rbp-0xd4]
0x1f3b4bc06b   26b  c5fa7f954cffffff     vmovdqu [rbp-0xb4],xmm2
0x1f3b4bc073   273  c5fa6f95fcfeffff     vmovdqu xmm2,[rbp-0x104]
0x1f3b4bc07b   27b  c5f859d2             vmulps xmm2,xmm0,xmm2
0x1f3b4bc07f   27f  c5f058ca             vaddps xmm1,xmm1,xmm2
0x1f3b4bc083   283  c5fa6f95dcfeffff     vmovdqu xmm2,[rbp-0x124]
0x1f3b4bc08b   28b  c5c859d2             vmulps xmm2,xmm6,xmm2
0x1f3b4bc08f   28f  c5f058ca             vaddps xmm1,xmm1,xmm2
0x1f3b4bc093   293  c5fa6f951cffffff     vmovdqu xmm2,[rbp-0xe4]
0x1f3b4bc09b   29b  8b45c8               movl rax,[rbp-0x38]
0x1f3b4bc09e   29e  c5fa7f9d6cffffff     vmovdqu [rbp-0x94],xmm3
0x1f3b4bc0a6   2a6  c5fa6f5c0140         vmovdqu xmm3,[rcx+rax*1+0x40]
0x1f3b4bc0ac   2ac  c5fa6f85ecfeffff     vmovdqu xmm0,[rbp-0x114]
0x1f3b4bc0b4   2b4  c5e059c0             vmulps xmm0,xmm3,xmm0
0x1f3b4bc0b8   2b8  c5e858d0             vaddps xmm2,xmm2,xmm0
0x1f3b4bc0bc   2bc  8b45c8               movl rax,[rbp-0x38]
0x1f3b4bc0bf   2bf  c5fa6f840190000000   vmovdqu xmm0,[rcx+rax*1+0x90]
0x1f3b4bc0c8   2c8  c5fa7fa57cffffff     vmovdqu [rbp-0x84],xmm4
0x1f3b4bc0d0   2d0  c5fa6f65ac           vmovdqu xmm4,[rbp-0x54]
0x1f3b4bc0d5   2d5  c5f859e4             vmulps xmm4,xmm0,xmm4
0x1f3b4bc0d9   2d9  c5e858d4             vaddps xmm2,xmm2,xmm4
0x1f3b4bc0dd   2dd  c5fa6fa50cffffff     vmovdqu xmm4,[rbp-0xf4]
0x1f3b4bc0e5   2e5  c5fa7fad5cffffff     vmovdqu [rbp-0xa4],xmm5
0x1f3b4bc0ed   2ed  c5fa6fadfcfeffff     vmovdqu xmm5,[rbp-0x104]
0x1f3b4bc0f5   2f5  c5e059ed             vmulps xmm5,xmm3,xmm5
0x1f3b4bc0f9   2f9  c5d858e5             vaddps xmm4,xmm4,xmm5
0x1f3b4bc0fd   2fd  c5fa6faddcfeffff     vmovdqu xmm5,[rbp-0x124]
0x1f3b4bc105   305  c5f859ed             vmulps xmm5,xmm0,xmm5
0x1f3b4bc109   309  c5d858e5             vaddps xmm4,xmm4,xmm5
0x1f3b4bc10d   30d  8b45c8               movl rax,[rbp-0x38]
0x1f3b4bc110   310  05a0000000           add rax,0xa0
0x1f3b4bc115   315  8b55c4               movl rdx,[rbp-0x3c]
0x1f3b4bc118   318  bbc0ffffff           movl rbx,0xffffffc0
0x1f3b4bc11d   31d  2bd3                 subl rdx,rbx
0x1f3b4bc11f   31f  488b9eaf000000       REX.W movq rbx,[rsi+0xaf]
0x1f3b4bc126   326  8b3b                 movl rdi,[rbx]
0x1f3b4bc128   328  81ef47020000         subl rdi,0x247
0x1f3b4bc12e   32e  0f881a020000         js 0x1f3b4bc34e  <+0x54e>
0x1f3b4bc134   334  893b                 movl [rbx],rdi
0x1f3b4bc136   336  8945c8               movl [rbp-0x38],rax
0x1f3b4bc139   339  8955c4               movl [rbp-0x3c],rdx
0x1f3b4bc13c   33c  c5fa7fbd3cffffff     vmovdqu [rbp-0xc4],xmm7
0x1f3b4bc144   344  c5fa7f8d2cffffff     vmovdqu [rbp-0xd4],xmm1
0x1f3b4bc14c   34c  c5fa7f951cffffff     vmovdqu [rbp-0xe4],xmm2
0x1f3b4bc154   354  c5fa7fa50cffffff     vmovdqu [rbp-0xf4],xmm4
0x1f3b4bc15c   35c  c5fa7f85ecfeffff     vmovdqu [rbp-0x114],xmm0
0x1f3b4bc164   364  c5fa7f9dccfeffff     vmovdqu [rbp-0x134],xmm3
0x1f3b4bc16c   36c  c5fa7fb5bcfeffff     vmovdqu [rbp-0x144],xmm6
0x1f3b4bc174   374  e960fdffff           jmp 0x1f3b4bbed9  <+0xd9>
0x1f3b4bc179   379  8b45cc               movl rax,[rbp-0x34]
0x1f3b4bc17c   37c  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4bc17f   37f  488b563f             REX.W movq rdx,[rsi+0x3f]
0x1f3b4bc183   383  c5fa6f040a           vmovdqu xmm0,[rdx+rcx*1]
0x1f3b4bc188   388  c5fa6f4d9c           vmovdqu xmm1,[rbp-0x64]
0x1f3b4bc18d   38d  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4bc191   391  c5fa7f0402           vmovdqu [rdx+rax*1],xmm0
0x1f3b4bc196   396  8b45cc               movl rax,[rbp-0x34]
0x1f3b4bc199   399  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4bc19c   39c  c5fa6f440a10         vmovdqu xmm0,[rdx+rcx*1+0x10]
0x1f3b4bc1a2   3a2  c5fa6f4d8c           vmovdqu xmm1,[rbp-0x74]
0x1f3b4bc1a7   3a7  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4bc1ab   3ab  c5fa7f440210         vmovdqu [rdx+rax*1+0x10],xmm0
0x1f3b4bc1b1   3b1  8b45cc               movl rax,[rbp-0x34]
0x1f3b4bc1b4   3b4  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4bc1b7   3b7  c5fa6f440a20         vmovdqu xmm0,[rdx+rcx*1+0x20]
0x1f3b4bc1bd   3bd  c5fa6f8d7cffffff     vmovdqu xmm1,[rbp-0x84]
0x1f3b4bc1c5   3c5  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4bc1c9   3c9  c5fa7f440220         vmovdqu [rdx+rax*1+0x20],xmm0
0x1f3b4bc1cf   3cf  8b45cc               movl rax,[rbp-0x34]
0x1f3b4bc1d2   3d2  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4bc1d5   3d5  c5fa6f440a30         vmovdqu xmm0,[rdx+rcx*1+0x30]
0x1f3b4bc1db   3db  c5fa6f8d6cffffff     vmovdqu xmm1,[rbp-0x94]
0x1f3b4bc1e3   3e3  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4bc1e7   3e7  c5fa7f440230         vmovdqu [rdx+rax*1+0x30],xmm0
0x1f3b4bc1ed   3ed  8b45cc               movl rax,[rbp-0x34]
0x1f3b4bc1f0   3f0  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4bc1f3   3f3  c5fa6f440a40         vmovdqu xmm0,[rdx+rcx*1+0x40]
0x1f3b4bc1f9   3f9  c5fa6f8d5cffffff     vmovdqu xmm1,[rbp-0xa4]
0x1f3b4bc201   401  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4bc205   405  c5fa7f440240         vmovdqu [rdx+rax*1+0x40],xmm0
0x1f3b4bc20b   40b  8b45cc               movl rax,[rbp-0x34]
0x1f3b4bc20e   40e  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4bc211   411  c5fa6f440a50         vmovdqu xmm0,[rdx+rcx*1+0x50]
0x1f3b4bc217   417  c5fa6f8d4cffffff     vmovdqu xmm1,[rbp-0xb4]
0x1f3b4bc21f   41f  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4bc223   423  c5fa7f440250         vmovdqu [rdx+rax*1+0x50],xmm0
0x1f3b4bc229   429  8b45cc               movl rax,[rbp-0x34]
0x1f3b4bc22c   42c  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4bc22f   42f  c5fa6f440a60         vmovdqu xmm0,[rdx+rcx*1+0x60]
0x1f3b4bc235   435  c5fa6f8d3cffffff     vmovdqu xmm1,[rbp-0xc4]
0x1f3b4bc23d   43d  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4bc241   441  c5fa7f440260         vmovdqu [rdx+rax*1+0x60],xmm0
0x1f3b4bc247   447  8b45cc               movl rax,[rbp-0x34]
0x1f3b4bc24a   44a  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4bc24d   44d  c5fa6f440a70         vmovdqu xmm0,[rdx+rcx*1+0x70]
0x1f3b4bc253   453  c5fa6f8d2cffffff     vmovdqu xmm1,[rbp-0xd4]
0x1f3b4bc25b   45b  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4bc25f   45f  c5fa7f440270         vmovdqu [rdx+rax*1+0x70],xmm0
0x1f3b4bc265   465  8b45cc               movl rax,[rbp-0x34]
0x1f3b4bc268   468  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4bc26b   46b  c5fa6f840a80000000   vmovdqu xmm0,[rdx+rcx*1+0x80]
0x1f3b4bc274   474  c5fa6f8d1cffffff     vmovdqu xmm1,[rbp-0xe4]
0x1f3b4bc27c   47c  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4bc280   480  c5fa7f840280000000   vmovdqu [rdx+rax*1+0x80],xmm0
0x1f3b4bc289   489  8b45cc               movl rax,[rbp-0x34]
0x1f3b4bc28c   48c  8b4dcc               movl rcx,[rbp-0x34]
0x1f3b4bc28f   48f  c5fa6f840a90000000   vmovdqu xmm0,[rdx+rcx*1+0x90]
0x1f3b4bc298   498  c5fa6f8d0cffffff     vmovdqu xmm1,[rbp-0xf4]
0x1f3b4bc2a0   4a0  c5f858c1             vaddps xmm0,xmm0,xmm1
0x1f3b4bc2a4   4a4  c5fa7f840290000000   vmovdqu [rdx+rax*1+0x90],xmm0
0x1f3b4bc2ad   4ad  8b45c0               movl rax,[rbp-0x40]
0x1f3b4bc2b0   4b0  83c001               addl rax,0x1
0x1f3b4bc2b3   4b3  488b8eaf000000       REX.W movq rcx,[rsi+0xaf]
0x1f3b4bc2ba   4ba  8b19                 movl rbx,[rcx]
0x1f3b4bc2bc   4bc  81eb73040000         subl rbx,0x473
0x1f3b4bc2c2   4c2  0f8858010000         js 0x1f3b4bc420  <+0x620>
0x1f3b4bc2c8   4c8  8919                 movl [rcx],rbx
0x1f3b4bc2ca   4ca  8945c0               movl [rbp-0x40],rax
0x1f3b4bc2cd   4cd  e96ffbffff           jmp 0x1f3b4bbe41  <+0x41>
0x1f3b4bc2d2   4d2  488b86af000000       REX.W movq rax,[rsi+0xaf]
0x1f3b4bc2d9   4d9  8b08                 movl rcx,[rax]
0x1f3b4bc2db   4db  81e9d2040000         subl rcx,0x4d2
0x1f3b4bc2e1   4e1  0f884b010000         js 0x1f3b4bc432  <+0x632>
0x1f3b4bc2e7   4e7  8908                 movl [rax],rcx
0x1f3b4bc2e9   4e9  488be5               REX.W movq rsp,rbp
0x1f3b4bc2ec   4ec  5d                   pop rbp
0x1f3b4bc2ed   4ed  c3                   retl
0x1f3b4bc2ee   4ee  50                   push rax
0x1f3b4bc2ef   4ef  51                   push rcx
0x1f3b4bc2f0   4f0  52                   push rdx
0x1f3b4bc2f1   4f1  53                   push rbx
0x1f3b4bc2f2   4f2  4151                 push r9
0x1f3b4bc2f4   4f4  e8d7afffff           call 0x1f3b4b72d0  (jump table)
0x1f3b4bc2f9   4f9  4159                 pop r9
0x1f3b4bc2fb   4fb  5b                   pop rbx
0x1f3b4bc2fc   4fc  5a                   pop rdx
0x1f3b4bc2fd   4fd  59                   pop rcx
0x1f3b4bc2fe   4fe  58                   pop rax
0x1f3b4bc2ff   4ff  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4bc303   503  e929fbffff           jmp 0x1f3b4bbe31  <+0x31>
0x1f3b4bc308   508  e843adffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc30d   50d  e83eadffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc312   512  e839adffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc317   517  e834adffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc31c   51c  e82fadffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc321   521  e82aadffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc326   526  e825adffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc32b   52b  e820adffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc330   530  e81badffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc335   535  e816adffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc33a   53a  e811adffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc33f   53f  e80cadffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc344   544  e807adffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc349   549  e802adffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc34e   54e  50                   push rax
0x1f3b4bc34f   54f  51                   push rcx
0x1f3b4bc350   550  52                   push rdx
0x1f3b4bc351   551  4883ec70             REX.W subq rsp,0x70
0x1f3b4bc355   555  c5fa7f0424           vmovdqu [rsp],xmm0
0x1f3b4bc35a   55a  c5fa7f4c2410         vmovdqu [rsp+0x10],xmm1
0x1f3b4bc360   560  c5fa7f542420         vmovdqu [rsp+0x20],xmm2
0x1f3b4bc366   566  c5fa7f5c2430         vmovdqu [rsp+0x30],xmm3
0x1f3b4bc36c   56c  c5fa7f642440         vmovdqu [rsp+0x40],xmm4
0x1f3b4bc372   572  c5fa7f742450         vmovdqu [rsp+0x50],xmm6
0x1f3b4bc378   578  c5fa7f7c2460         vmovdqu [rsp+0x60],xmm7
0x1f3b4bc37e   57e  e8ddadffff           call 0x1f3b4b7160  (jump table)
0x1f3b4bc383   583  c5fa6f0424           vmovdqu xmm0,[rsp]
0x1f3b4bc388   588  c5fa6f4c2410         vmovdqu xmm1,[rsp+0x10]
0x1f3b4bc38e   58e  c5fa6f542420         vmovdqu xmm2,[rsp+0x20]
0x1f3b4bc394   594  c5fa6f5c2430         vmovdqu xmm3,[rsp+0x30]
0x1f3b4bc39a   59a  c5fa6f642440         vmovdqu xmm4,[rsp+0x40]
0x1f3b4bc3a0   5a0  c5fa6f742450         vmovdqu xmm6,[rsp+0x50]
0x1f3b4bc3a6   5a6  c5fa6f7c2460         vmovdqu xmm7,[rsp+0x60]
0x1f3b4bc3ac   5ac  4883c470             REX.W addq rsp,0x70
0x1f3b4bc3b0   5b0  5a                   pop rdx
0x1f3b4bc3b1   5b1  59                   pop rcx
0x1f3b4bc3b2   5b2  58                   pop rax
0x1f3b4bc3b3   5b3  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4bc3b7   5b7  e97afdffff           jmp 0x1f3b4bc136  <+0x336>
0x1f3b4bc3bc   5bc  e88facffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc3c1   5c1  e88aacffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc3c6   5c6  e885acffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc3cb   5cb  e880acffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc3d0   5d0  e87bacffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc3d5   5d5  e876acffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc3da   5da  e871acffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc3df   5df  e86cacffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc3e4   5e4  e867acffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc3e9   5e9  e862acffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc3ee   5ee  e85dacffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc3f3   5f3  e858acffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc3f8   5f8  e853acffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc3fd   5fd  e84eacffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc402   602  e849acffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc407   607  e844acffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc40c   60c  e83facffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc411   611  e83aacffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc416   616  e835acffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc41b   61b  e830acffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc420   620  50                   push rax
0x1f3b4bc421   621  52                   push rdx
0x1f3b4bc422   622  e839adffff           call 0x1f3b4b7160  (jump table)
0x1f3b4bc427   627  5a                   pop rdx
0x1f3b4bc428   628  58                   pop rax
0x1f3b4bc429   629  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4bc42d   62d  e998feffff           jmp 0x1f3b4bc2ca  <+0x4ca>
0x1f3b4bc432   632  e829adffff           call 0x1f3b4b7160  (jump table)
0x1f3b4bc437   637  488b75f0             REX.W movq rsi,[rbp-0x10]
0x1f3b4bc43b   63b  e9a9feffff           jmp 0x1f3b4bc2e9  <+0x4e9>

Protected instructions:
 pc offset  land pad
        f3       508
        fb       50d
       10b       512
       114       517
       12a       51c
       13b       521
       154       526
       16d       52b
       1c0       530
       1d9       535
       22c       53a
       245       53f
       2a6       544
       2bf       549
       383       5bc
       391       5c1
       39c       5c6
       3ab       5cb
       3b7       5d0
       3c9       5d5
       3d5       5da
       3e7       5df
       3f3       5e4
       405       5e9
       411       5ee
       423       5f3
       42f       5f8
       441       5fd
       44d       602
       45f       607
       46b       60c
       480       611
       48f       616
       4a4       61b

Source positions:
 pc offset  position
       4f4         0  statement
       508       243  statement
       50d       251  statement
       512       265  statement
       517       273  statement
       51c       293  statement
       521       309  statement
       526       327  statement
       52b       343  statement
       530       387  statement
       535       403  statement
       53a       447  statement
       53f       463  statement
       544       508  statement
       549       524  statement
       57e       580  statement
       5bc       588  statement
       5c1       597  statement
       5c6       605  statement
       5cb       614  statement
       5d0       622  statement
       5d5       631  statement
       5da       639  statement
       5df       648  statement
       5e4       656  statement
       5e9       665  statement
       5ee       673  statement
       5f3       682  statement
       5f8       690  statement
       5fd       699  statement
       602       707  statement
       607       716  statement
       60c       724  statement
       611       734  statement
       616       743  statement
       61b       753  statement
       622       765  statement
       632       769  statement

Safepoints (entries = 1, byte size = 17)
0x1f3b4bc2f9    4f9  slots (sp->fp): 00000000000000000000000000000000000000000000000000000000

RelocInfo (size = 0)

--- End code ---
--- WebAssembly code ---
name: wasm-function[0]
index: 0
kind: wasm function
compiler: TurboFan
Body (size = 1408 = 1396 + 12 padding)
Instructions (size = 1380)
0x1f3b4bc480     0  55                   push rbp
0x1f3b4bc481     1  4889e5               REX.W movq rbp,rsp
0x1f3b4bc484     4  6a08                 push 0x8
0x1f3b4bc486     6  56                   push rsi
0x1f3b4bc487     7  4881ec48010000       REX.W subq rsp,0x148
0x1f3b4bc48e     e  488b7e3f             REX.W movq rdi,[rsi+0x3f]
0x1f3b4bc492    12  488b764f             REX.W movq rsi,[rsi+0x4f]
0x1f3b4bc496    16  488985a8feffff       REX.W movq [rbp-0x158],rax
0x1f3b4bc49d    1d  4533c0               xorl r8,r8
0x1f3b4bc4a0    20  e9f8000000           jmp 0x1f3b4bc59d  <+0x11d>
0x1f3b4bc4a5    25  660f1f840000000000   nop
0x1f3b4bc4ae    2e  660f1f840000000000   nop
0x1f3b4bc4b7    37  660f1f840000000000   nop
0x1f3b4bc4c0    40  4183c001             addl r8,0x1
0x1f3b4bc4c4    44  418bc1               movl rax,r9
0x1f3b4bc4c7    47  c5fa6f2407           vmovdqu xmm4,[rdi+rax*1]
0x1f3b4bc4cc    4c  c578108d40ffffff     vmovups xmm9,[rbp-0xc0]
0x1f3b4bc4d4    54  c4c15858e1           vaddps xmm4,xmm4,xmm9
0x1f3b4bc4d9    59  c5fa7f2407           vmovdqu [rdi+rax*1],xmm4
0x1f3b4bc4de    5e  c5fa6f640710         vmovdqu xmm4,[rdi+rax*1+0x10]
0x1f3b4bc4e4    64  c578108550ffffff     vmovups xmm8,[rbp-0xb0]
0x1f3b4bc4ec    6c  c4c15858e0           vaddps xmm4,xmm4,xmm8
0x1f3b4bc4f1    71  c5fa7f643810         vmovdqu [rax+rdi*1+0x10],xmm4
0x1f3b4bc4f7    77  c5fa6f640720         vmovdqu xmm4,[rdi+rax*1+0x20]
0x1f3b4bc4fd    7d  c5f810bd60ffffff     vmovups xmm7,[rbp-0xa0]
0x1f3b4bc505    85  c5d858e7             vaddps xmm4,xmm4,xmm7
0x1f3b4bc509    89  c5fa7f643820         vmovdqu [rax+rdi*1+0x20],xmm4
0x1f3b4bc50f    8f  c5fa6f640730         vmovdqu xmm4,[rdi+rax*1+0x30]
0x1f3b4bc515    95  c5f810b570ffffff     vmovups xmm6,[rbp-0x90]
0x1f3b4bc51d    9d  c5d858e6             vaddps xmm4,xmm4,xmm6
0x1f3b4bc521    a1  c5fa7f643830         vmovdqu [rax+rdi*1+0x30],xmm4
0x1f3b4bc527    a7  c5fa6f640740         vmovdqu xmm4,[rdi+rax*1+0x40]
0x1f3b4bc52d    ad  c5f8106d80           vmovups xmm5,[rbp-0x80]
0x1f3b4bc532    b2  c5d858e5             vaddps xmm4,xmm4,xmm5
0x1f3b4bc536    b6  c5fa7f643840         vmovdqu [rax+rdi*1+0x40],xmm4
0x1f3b4bc53c    bc  c5fa6f6c0750         vmovdqu xmm5,[rdi+rax*1+0x50]
0x1f3b4bc542    c2  c5f8106590           vmovups xmm4,[rbp-0x70]
0x1f3b4bc547    c7  c5d058e4             vaddps xmm4,xmm5,xmm4
0x1f3b4bc54b    cb  c5fa7f643850         vmovdqu [rax+rdi*1+0x50],xmm4
0x1f3b4bc551    d1  c5fa6f640760         vmovdqu xmm4,[rdi+rax*1+0x60]
0x1f3b4bc557    d7  c5d858db             vaddps xmm3,xmm4,xmm3
0x1f3b4bc55b    db  c5fa7f5c3860         vmovdqu [rax+rdi*1+0x60],xmm3
0x1f3b4bc561    e1  c5fa6f5c0770         vmovdqu xmm3,[rdi+rax*1+0x70]
0x1f3b4bc567    e7  c5e058d2             vaddps xmm2,xmm3,xmm2
0x1f3b4bc56b    eb  c5fa7f543870         vmovdqu [rax+rdi*1+0x70],xmm2
0x1f3b4bc571    f1  c5fa6f940780000000   vmovdqu xmm2,[rdi+rax*1+0x80]
0x1f3b4bc57a    fa  c5e858c9             vaddps xmm1,xmm2,xmm1
0x1f3b4bc57e    fe  c5fa7f8c3880000000   vmovdqu [rax+rdi*1+0x80],xmm1
0x1f3b4bc587   107  c5fa6f8c0790000000   vmovdqu xmm1,[rdi+rax*1+0x90]
0x1f3b4bc590   110  c5f058c0             vaddps xmm0,xmm1,xmm0
0x1f3b4bc594   114  c5fa7f843890000000   vmovdqu [rax+rdi*1+0x90],xmm0
0x1f3b4bc59d   11d  483b26               REX.W cmpq rsp,[rsi]
0x1f3b4bc5a0   120  0f8687020000         jna 0x1f3b4bc82d  <+0x3ad>
0x1f3b4bc5a6   126  443b85a8feffff       cmpl r8,[rbp-0x158]
0x1f3b4bc5ad   12d  0f8d75020000         jge 0x1f3b4bc828  <+0x3a8>
0x1f3b4bc5b3   133  c5f9efc0             vpxor xmm0,xmm0,xmm0
0x1f3b4bc5b7   137  448bda               movl r11,rdx
0x1f3b4bc5ba   13a  41c1e305             shll r11, 5
0x1f3b4bc5be   13e  4403db               addl r11,rbx
0x1f3b4bc5c1   141  448be1               movl r12,rcx
0x1f3b4bc5c4   144  c5f928c8             vmovapd xmm1,xmm0
0x1f3b4bc5c8   148  c5f928d0             vmovapd xmm2,xmm0
0x1f3b4bc5cc   14c  c5f928d8             vmovapd xmm3,xmm0
0x1f3b4bc5d0   150  c5f8114590           vmovups [rbp-0x70],xmm0
0x1f3b4bc5d5   155  c5f8114580           vmovups [rbp-0x80],xmm0
0x1f3b4bc5da   15a  c5f8118570ffffff     vmovups [rbp-0x90],xmm0
0x1f3b4bc5e2   162  c5f8118560ffffff     vmovups [rbp-0xa0],xmm0
0x1f3b4bc5ea   16a  c5f8118550ffffff     vmovups [rbp-0xb0],xmm0
0x1f3b4bc5f2   172  c5f8118540ffffff     vmovups [rbp-0xc0],xmm0
0x1f3b4bc5fa   17a  448bfb               movl r15,rbx
0x1f3b4bc5fd   17d  e90f020000           jmp 0x1f3b4bc811  <+0x391>
0x1f3b4bc602   182  660f1f840000000000   nop
0x1f3b4bc60b   18b  660f1f840000000000   nop
0x1f3b4bc614   194  660f1f840000000000   nop
0x1f3b4bc61d   19d  660f1f840000000000   nop
0x1f3b4bc626   1a6  660f1f840000000000   nop
0x1f3b4bc62f   1af  660f1f840000000000   nop
0x1f3b4bc638   1b8  0f1f840000000000     nop
0x1f3b4bc640   1c0  4589e6               movl r14,r12
0x1f3b4bc643   1c3  c4217a6f1437         vmovdqu xmm10,[rdi+r14*1]
0x1f3b4bc649   1c9  418bc7               movl rax,r15
0x1f3b4bc64c   1cc  c57a6f1c07           vmovdqu xmm11,[rdi+rax*1]
0x1f3b4bc651   1d1  c4217a6f643750       vmovdqu xmm12,[rdi+r14*1+0x50]
0x1f3b4bc658   1d8  c57a6f6c0720         vmovdqu xmm13,[rdi+rax*1+0x20]
0x1f3b4bc65e   1de  c57a6f740710         vmovdqu xmm14,[rdi+rax*1+0x10]
0x1f3b4bc664   1e4  c57a6f4c0730         vmovdqu xmm9,[rdi+rax*1+0x30]
0x1f3b4bc66a   1ea  c4217a6f443710       vmovdqu xmm8,[rdi+r14*1+0x10]
0x1f3b4bc671   1f1  c57811a510ffffff     vmovups [rbp-0xf0],xmm12
0x1f3b4bc679   1f9  c4217a6f643760       vmovdqu xmm12,[rdi+r14*1+0x60]
0x1f3b4bc680   200  c578119500ffffff     vmovups [rbp-0x100],xmm10
0x1f3b4bc688   208  c4217a6f543720       vmovdqu xmm10,[rdi+r14*1+0x20]
0x1f3b4bc68f   20f  c4a17a6f7c3770       vmovdqu xmm7,[rdi+r14*1+0x70]
0x1f3b4bc696   216  c4a17a6f743730       vmovdqu xmm6,[rdi+r14*1+0x30]
0x1f3b4bc69d   21d  c57811a5f0feffff     vmovups [rbp-0x110],xmm12
0x1f3b4bc6a5   225  c4217a6fa43780000000 vmovdqu xmm12,[rdi+r14*1+0x80]
0x1f3b4bc6af   22f  c5781185e0feffff     vmovups [rbp-0x120],xmm8
0x1f3b4bc6b7   237  c4217a6f443740       vmovdqu xmm8,[rdi+r14*1+0x40]
0x1f3b4bc6be   23e  c4a17a6fac3790000000 vmovdqu xmm5,[rdi+r14*1+0x90]
0x1f3b4bc6c8   248  c4c13859e6           vmulps xmm4,xmm8,xmm14
0x1f3b4bc6cd   24d  c5f811bdd0feffff     vmovups [rbp-0x130],xmm7
0x1f3b4bc6d5   255  c4c15059f9           vmulps xmm7,xmm5,xmm9
0x1f3b4bc6da   25a  c5f858c4             vaddps xmm0,xmm0,xmm4
0x1f3b4bc6de   25e  c5f858c7             vaddps xmm0,xmm0,xmm7
0x1f3b4bc6e2   262  c4c13859e3           vmulps xmm4,xmm8,xmm11
0x1f3b4bc6e7   267  c4c15059ed           vmulps xmm5,xmm5,xmm13
0x1f3b4bc6ec   26c  c5f058cc             vaddps xmm1,xmm1,xmm4
0x1f3b4bc6f0   270  c5f058cd             vaddps xmm1,xmm1,xmm5
0x1f3b4bc6f4   274  c4c14859e6           vmulps xmm4,xmm6,xmm14
0x1f3b4bc6f9   279  c4c11859e9           vmulps xmm5,xmm12,xmm9
0x1f3b4bc6fe   27e  c5e858d4             vaddps xmm2,xmm2,xmm4
0x1f3b4bc702   282  c5e858d5             vaddps xmm2,xmm2,xmm5
0x1f3b4bc706   286  c4c14859e3           vmulps xmm4,xmm6,xmm11
0x1f3b4bc70b   28b  c4c11859ed           vmulps xmm5,xmm12,xmm13
0x1f3b4bc710   290  c5e058dc             vaddps xmm3,xmm3,xmm4
0x1f3b4bc714   294  c5e058dd             vaddps xmm3,xmm3,xmm5
0x1f3b4bc718   298  c4c12859e6           vmulps xmm4,xmm10,xmm14
0x1f3b4bc71d   29d  c5f810add0feffff     vmovups xmm5,[rbp-0x130]
0x1f3b4bc725   2a5  c4c15059f1           vmulps xmm6,xmm5,xmm9
0x1f3b4bc72a   2aa  c5f8107d90           vmovups xmm7,[rbp-0x70]
0x1f3b4bc72f   2af  c5c058e4             vaddps xmm4,xmm7,xmm4
0x1f3b4bc733   2b3  c5d858e6             vaddps xmm4,xmm4,xmm6
0x1f3b4bc737   2b7  c4c12859f3           vmulps xmm6,xmm10,xmm11
0x1f3b4bc73c   2bc  c4c15059ed           vmulps xmm5,xmm5,xmm13
0x1f3b4bc741   2c1  c578104580           vmovups xmm8,[rbp-0x80]
0x1f3b4bc746   2c6  c5b858f6             vaddps xmm6,xmm8,xmm6
0x1f3b4bc74a   2ca  c5c858ed             vaddps xmm5,xmm6,xmm5
0x1f3b4bc74e   2ce  c5f810b5e0feffff     vmovups xmm6,[rbp-0x120]
0x1f3b4bc756   2d6  c4c14859fe           vmulps xmm7,xmm6,xmm14
0x1f3b4bc75b   2db  c5781085f0feffff     vmovups xmm8,[rbp-0x110]
0x1f3b4bc763   2e3  c4413859d1           vmulps xmm10,xmm8,xmm9
0x1f3b4bc768   2e8  c57810a570ffffff     vmovups xmm12,[rbp-0x90]
0x1f3b4bc770   2f0  c59858ff             vaddps xmm7,xmm12,xmm7
0x1f3b4bc774   2f4  c4c14058fa           vaddps xmm7,xmm7,xmm10
0x1f3b4bc779   2f9  c4c14859f3           vmulps xmm6,xmm6,xmm11
0x1f3b4bc77e   2fe  c4413859c5           vmulps xmm8,xmm8,xmm13
0x1f3b4bc783   303  c578109560ffffff     vmovups xmm10,[rbp-0xa0]
0x1f3b4bc78b   30b  c5a858f6             vaddps xmm6,xmm10,xmm6
0x1f3b4bc78f   30f  c4c14858f0           vaddps xmm6,xmm6,xmm8
0x1f3b4bc794   314  c578108500ffffff     vmovups xmm8,[rbp-0x100]
0x1f3b4bc79c   31c  c4413859d6           vmulps xmm10,xmm8,xmm14
0x1f3b4bc7a1   321  c57810a510ffffff     vmovups xmm12,[rbp-0xf0]
0x1f3b4bc7a9   329  c4411859c9           vmulps xmm9,xmm12,xmm9
0x1f3b4bc7ae   32e  c57810b550ffffff     vmovups xmm14,[rbp-0xb0]
0x1f3b4bc7b6   336  c4410858d2           vaddps xmm10,xmm14,xmm10
0x1f3b4bc7bb   33b  c4412858c9           vaddps xmm9,xmm10,xmm9
0x1f3b4bc7c0   340  c4413859c3           vmulps xmm8,xmm8,xmm11
0x1f3b4bc7c5   345  c4411859d5           vmulps xmm10,xmm12,xmm13
0x1f3b4bc7ca   34a  c578109d40ffffff     vmovups xmm11,[rbp-0xc0]
0x1f3b4bc7d2   352  c4412058c0           vaddps xmm8,xmm11,xmm8
0x1f3b4bc7d7   357  c4413858c2           vaddps xmm8,xmm8,xmm10
0x1f3b4bc7dc   35c  4183c740             addl r15,0x40
0x1f3b4bc7e0   360  4181c4a0000000       addl r12,0xa0
0x1f3b4bc7e7   367  c578118540ffffff     vmovups [rbp-0xc0],xmm8
0x1f3b4bc7ef   36f  c578118d50ffffff     vmovups [rbp-0xb0],xmm9
0x1f3b4bc7f7   377  c5f811b560ffffff     vmovups [rbp-0xa0],xmm6
0x1f3b4bc7ff   37f  c5f811bd70ffffff     vmovups [rbp-0x90],xmm7
0x1f3b4bc807   387  c5f8116590           vmovups [rbp-0x70],xmm4
0x1f3b4bc80c   38c  c5f8116d80           vmovups [rbp-0x80],xmm5
0x1f3b4bc811   391  483b26               REX.W cmpq rsp,[rsi]
0x1f3b4bc814   394  0f8670000000         jna 0x1f3b4bc88a  <+0x40a>
0x1f3b4bc81a   39a  453bfb               cmpl r15,r11
0x1f3b4bc81d   39d  0f839dfcffff         jnc 0x1f3b4bc4c0  <+0x40>
0x1f3b4bc823   3a3  e918feffff           jmp 0x1f3b4bc640  <+0x1c0>
0x1f3b4bc828   3a8  488be5               REX.W movq rsp,rbp
0x1f3b4bc82b   3ab  5d                   pop rbp
0x1f3b4bc82c   3ac  c3                   retl
0x1f3b4bc82d   3ad  48897de8             REX.W movq [rbp-0x18],rdi
0x1f3b4bc831   3b1  4c894de0             REX.W movq [rbp-0x20],r9
0x1f3b4bc835   3b5  4c898538ffffff       REX.W movq [rbp-0xc8],r8
0x1f3b4bc83c   3bc  4889b5c8feffff       REX.W movq [rbp-0x138],rsi
0x1f3b4bc843   3c3  48899dc0feffff       REX.W movq [rbp-0x140],rbx
0x1f3b4bc84a   3ca  48898db8feffff       REX.W movq [rbp-0x148],rcx
0x1f3b4bc851   3d1  488995b0feffff       REX.W movq [rbp-0x150],rdx
0x1f3b4bc858   3d8  e873aaffff           call 0x1f3b4b72d0  (jump table)
0x1f3b4bc85d   3dd  488b7de8             REX.W movq rdi,[rbp-0x18]
0x1f3b4bc861   3e1  448b4de0             movl r9,[rbp-0x20]
0x1f3b4bc865   3e5  448b8538ffffff       movl r8,[rbp-0xc8]
0x1f3b4bc86c   3ec  488bb5c8feffff       REX.W movq rsi,[rbp-0x138]
0x1f3b4bc873   3f3  8b9dc0feffff         movl rbx,[rbp-0x140]
0x1f3b4bc879   3f9  8b8db8feffff         movl rcx,[rbp-0x148]
0x1f3b4bc87f   3ff  8b95b0feffff         movl rdx,[rbp-0x150]
0x1f3b4bc885   405  e91cfdffff           jmp 0x1f3b4bc5a6  <+0x126>
0x1f3b4bc88a   40a  48897de8             REX.W movq [rbp-0x18],rdi
0x1f3b4bc88e   40e  c5f81145d0           vmovups [rbp-0x30],xmm0
0x1f3b4bc893   413  c5f8114dc0           vmovups [rbp-0x40],xmm1
0x1f3b4bc898   418  c5f81155b0           vmovups [rbp-0x50],xmm2
0x1f3b4bc89d   41d  c5f8115da0           vmovups [rbp-0x60],xmm3
0x1f3b4bc8a2   422  4c894de0             REX.W movq [rbp-0x20],r9
0x1f3b4bc8a6   426  4c898538ffffff       REX.W movq [rbp-0xc8],r8
0x1f3b4bc8ad   42d  4c89a530ffffff       REX.W movq [rbp-0xd0],r12
0x1f3b4bc8b4   434  4c89bd28ffffff       REX.W movq [rbp-0xd8],r15
0x1f3b4bc8bb   43b  4c899d20ffffff       REX.W movq [rbp-0xe0],r11
0x1f3b4bc8c2   442  4889b5c8feffff       REX.W movq [rbp-0x138],rsi
0x1f3b4bc8c9   449  48899dc0feffff       REX.W movq [rbp-0x140],rbx
0x1f3b4bc8d0   450  48898db8feffff       REX.W movq [rbp-0x148],rcx
0x1f3b4bc8d7   457  488995b0feffff       REX.W movq [rbp-0x150],rdx
0x1f3b4bc8de   45e  e8eda9ffff           call 0x1f3b4b72d0  (jump table)
0x1f3b4bc8e3   463  488b7de8             REX.W movq rdi,[rbp-0x18]
0x1f3b4bc8e7   467  c5f81045d0           vmovups xmm0,[rbp-0x30]
0x1f3b4bc8ec   46c  c5f8104dc0           vmovups xmm1,[rbp-0x40]
0x1f3b4bc8f1   471  c5f81055b0           vmovups xmm2,[rbp-0x50]
0x1f3b4bc8f6   476  c5f8105da0           vmovups xmm3,[rbp-0x60]
0x1f3b4bc8fb   47b  448b4de0             movl r9,[rbp-0x20]
0x1f3b4bc8ff   47f  448b8538ffffff       movl r8,[rbp-0xc8]
0x1f3b4bc906   486  448ba530ffffff       movl r12,[rbp-0xd0]
0x1f3b4bc90d   48d  448bbd28ffffff       movl r15,[rbp-0xd8]
0x1f3b4bc914   494  448b9d20ffffff       movl r11,[rbp-0xe0]
0x1f3b4bc91b   49b  488bb5c8feffff       REX.W movq rsi,[rbp-0x138]
0x1f3b4bc922   4a2  8b9dc0feffff         movl rbx,[rbp-0x140]
0x1f3b4bc928   4a8  8b8db8feffff         movl rcx,[rbp-0x148]
0x1f3b4bc92e   4ae  8b95b0feffff         movl rdx,[rbp-0x150]
0x1f3b4bc934   4b4  e9e1feffff           jmp 0x1f3b4bc81a  <+0x39a>
0x1f3b4bc939   4b9  e812a7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc93e   4be  e80da7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc943   4c3  e808a7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc948   4c8  e803a7ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc94d   4cd  e8fea6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc952   4d2  e8f9a6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc957   4d7  e8f4a6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc95c   4dc  e8efa6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc961   4e1  e8eaa6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc966   4e6  e8e5a6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc96b   4eb  e8e0a6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc970   4f0  e8dba6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc975   4f5  e8d6a6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc97a   4fa  e8d1a6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc97f   4ff  e8cca6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc984   504  e8c7a6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc989   509  e8c2a6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc98e   50e  e8bda6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc993   513  e8b8a6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc998   518  e8b3a6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc99d   51d  e8aea6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc9a2   522  e8a9a6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc9a7   527  e8a4a6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc9ac   52c  e89fa6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc9b1   531  e89aa6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc9b6   536  e895a6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc9bb   53b  e890a6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc9c0   540  e88ba6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc9c5   545  e886a6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc9ca   54a  e881a6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc9cf   54f  e87ca6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc9d4   554  e877a6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc9d9   559  e872a6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc9de   55e  e86da6ffff           call 0x1f3b4b7050  (jump table)
0x1f3b4bc9e3   563  90                   nop

Protected instructions:
 pc offset  land pad
       23e       4b9
       237       4be
       225       4c3
       216       4c8
       20f       4cd
       208       4d2
       1f9       4d7
       1ea       4dc
       1e4       4e1
       1de       4e6
       1d8       4eb
       1d1       4f0
       1cc       4f5
       1c3       4fa
       114       4ff
       107       504
        fe       509
        f1       50e
        eb       513
        e1       518
        db       51d
        d1       522
        cb       527
        bc       52c
        b6       531
        a7       536
        a1       53b
        8f       540
        89       545
        77       54a
        71       54f
        5e       554
        59       559
        47       55e

Source positions:
 pc offset  position
        47       588
        59       597
        5e       605
        71       614
        77       622
        89       631
        8f       639
        a1       648
        a7       656
        b6       665
        bc       673
        cb       682
        d1       690
        db       699
        e1       707
        eb       716
        f1       724
        fe       734
       107       743
       114       753
       1c3       243
       1cc       251
       1d1       265
       1d8       273
       1de       293
       1e4       309
       1ea       327
       1f1       343
       200       387
       20f       403
       216       447
       21d       463
       22f       508
       23e       524
       3ad         5
       40a       230
       4b9       524
       4be       508
       4c3       463
       4c8       447
       4cd       403
       4d2       387
       4d7       343
       4dc       327
       4e1       309
       4e6       293
       4eb       273
       4f0       265
       4f5       251
       4fa       243
       4ff       753
       504       743
       509       734
       50e       724
       513       716
       518       707
       51d       699
       522       690
       527       682
       52c       673
       531       665
       536       656
       53b       648
       540       639
       545       631
       54a       622
       54f       614
       554       605
       559       597
       55e       588

Safepoints (entries = 1, byte size = 16)
0x1f3b4bc85d    3dd  slots (sp->fp): 000000000000000000000000000000000000000000000000

RelocInfo (size = 42)
0x1f3b4bc859  wasm stub call  (0x1f3b4b72d0)
0x1f3b4bc8df  wasm stub call  (0x1f3b4b72d0)
0x1f3b4bc93a  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc93f  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc944  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc949  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc94e  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc953  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc958  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc95d  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc962  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc967  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc96c  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc971  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc976  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc97b  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc980  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc985  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc98a  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc98f  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc994  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc999  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc99e  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc9a3  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc9a8  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc9ad  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc9b2  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc9b7  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc9bc  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc9c1  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc9c6  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc9cb  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc9d0  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc9d5  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc9da  wasm stub call  (0x1f3b4b7050)
0x1f3b4bc9df  wasm stub call  (0x1f3b4b7050)

--- End code ---
k4x8u1 6.0 21.5 23.2 17.7 27.7 21.0 23.5 21.2 26.4 29.6 23.7 23.7 23.3 24.1 23.9  max 29.6
p4x8u1 5.7 33.9 17.5 22.9 28.9 23.6 24.5 22.3 27.8 30.2 24.1 23.6 23.0 24.0 25.0  max 33.9
k4x8u2 8.4 17.6 17.9 20.8 21.4 17.5 17.5 17.8 21.1 18.5 17.9 17.9 16.8 17.0 17.4  max 21.4
p4x8u2 8.4 19.8 18.1 21.5 21.0 17.2 16.9 17.4 21.1 17.9 16.7 18.3 14.0 12.5 18.1  max 21.5
k5x8u1 5.7 20.3 18.3 20.3 19.2 18.4 18.4 18.6 19.8 16.8 18.6 18.8 18.9 10.3 19.4  max 20.3
p5x8u1 6.2 19.2 19.5 19.2 19.7 19.5 18.1 14.9 19.7 18.8 18.7 18.5 18.7 19.2 19.0  max 19.7
k5x8u2 8.3 17.3 17.4 20.2 15.4 16.8 16.2 19.3 19.2 17.7 17.4 17.3 17.5 16.6 17.3  max 20.2
p5x8u2 7.6 17.5 18.0 21.0 16.2 17.4 16.0 19.0 19.6 17.6 17.2 16.4 17.5 17.2 17.1  max 21.0
