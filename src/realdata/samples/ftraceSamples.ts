/*
 * Trace-event samples written from include/trace/events/percpu.h:
 *   percpu_alloc_percpu (4.x/5.x): "reserved=%d is_atomic=%d size=%zu align=%zu base_addr=%p off=%d ptr=%p"
 *   percpu_alloc_percpu (6.x):     "call_site=%pS reserved=%d is_atomic=%d size=%zu align=%zu base_addr=%p
 *                                   off=%d ptr=%p bytes_alloc=%zu gfp_flags=%s"
 *   percpu_free_percpu:            "base_addr=%p off=%d ptr=%p"
 *   percpu_alloc_percpu_fail:      "reserved=%d is_atomic=%d size=%zu align=%zu"
 * under ftrace's "TASK-PID [CPU] FLAGS TIMESTAMP: EVENT: " prefix. Pointers are hashed
 * the way %p prints them; addresses and tasks are made up.
 */

/** 5.x format from /sys/kernel/tracing/trace, header included. */
export const FTRACE_5X = [
  '# tracer: nop',
  '#',
  '# entries-in-buffer/entries-written: 6/6   #P:4',
  '#',
  '#           TASK-PID     CPU#  ||||   TIMESTAMP  FUNCTION',
  '#              | |         |   ||||      |         |',
  '        modprobe-1234    [002] ....   105.432101: percpu_alloc_percpu: reserved=1 is_atomic=0 size=4096 align=64 base_addr=00000000c4a0e2c7 off=90112 ptr=000000007a6b2f11',
  '        modprobe-1234    [002] ....   105.432500: percpu_alloc_percpu: reserved=0 is_atomic=0 size=16 align=8 base_addr=00000000c4a0e2c7 off=98304 ptr=0000000051d3e0aa',
  '   kworker/u8:2-77      [000] ....   106.000001: percpu_alloc_percpu: reserved=0 is_atomic=1 size=8 align=8 base_addr=000000003b9f7a12 off=98304 ptr=00000000e2c1f5b0',
  '        modprobe-1234    [002] ....   107.100000: percpu_free_percpu: base_addr=00000000c4a0e2c7 off=98304 ptr=0000000051d3e0aa',
  '           rmmod-1300    [001] ....   110.000000: percpu_free_percpu: base_addr=00000000c4a0e2c7 off=90112 ptr=000000007a6b2f11',
  '           rmmod-1300    [001] ....   110.000100: percpu_free_percpu: base_addr=00000000deadbeef off=4096 ptr=00000000aaaabbbb',
].join('\n');

/** 6.x format: call_site first (a module symbol prints with " [module]"), bytes_alloc and gfp_flags last. */
export const FTRACE_6X_CALL_SITE = [
  '  systemd-udevd-321     [003] .....    12.345678: percpu_alloc_percpu: call_site=alloc_vfsmnt+0x8c/0x1f0 reserved=0 is_atomic=0 size=4 align=4 base_addr=0xffff88813fc00000 off=101840 ptr=0x3fcd4e40 bytes_alloc=16 gfp_flags=GFP_KERNEL',
  '          insmod-500     [001] .....    13.000000: percpu_alloc_percpu: call_site=mymod_init+0x10/0x40 [mymod] reserved=1 is_atomic=0 size=64 align=64 base_addr=0xffff88813fc00000 off=90112 ptr=0x3fcb6000 bytes_alloc=256 gfp_flags=GFP_KERNEL|__GFP_ZERO',
  '  systemd-udevd-321     [003] .....    14.000000: percpu_free_percpu: base_addr=0xffff88813fc00000 off=101840 ptr=0x3fcd4e40',
].join('\n');

/** A free whose base_addr the kernel hid: only ptr identifies it. */
export const FTRACE_PTR_ONLY = [
  '     swapper/0-1       [000] ....     0.500000: percpu_alloc_percpu: reserved=0 is_atomic=0 size=32 align=8 base_addr=00000000aa11bb22 off=100000 ptr=00000000cc33dd44',
  '     swapper/0-1       [000] ....     0.600000: percpu_free_percpu: base_addr=(____ptrval____) off=100000 ptr=00000000cc33dd44',
].join('\n');

/** Allocations the scenario format cannot hold, a failure event, and a free of a left-out one. */
export const FTRACE_BAD_VALUES = [
  '          a.out-42      [000] ....     1.000000: percpu_alloc_percpu: reserved=0 is_atomic=0 size=8 align=24 base_addr=0000000011111111 off=0 ptr=0000000022222222',
  '          a.out-42      [000] ....     1.100000: percpu_alloc_percpu: reserved=0 is_atomic=0 size=8 align=2147483648 base_addr=0000000011111111 off=64 ptr=0000000033333333',
  '          a.out-42      [000] ....     1.200000: percpu_alloc_percpu: reserved=0 is_atomic=0 size=4294967296 align=8 base_addr=0000000011111111 off=128 ptr=0000000044444444',
  '          a.out-42      [000] ....     1.300000: percpu_alloc_percpu_fail: reserved=0 is_atomic=0 size=65536 align=8',
  '          a.out-42      [000] ....     1.400000: percpu_free_percpu: base_addr=0000000011111111 off=0 ptr=0000000022222222',
].join('\n');

/** perf script's layout: "TASK PID [CPU] TIMESTAMP: percpu:EVENT:". */
export const PERF_SCRIPT = [
  '        modprobe  1234 [002]   105.432101: percpu:percpu_alloc_percpu: reserved=0 is_atomic=0 size=16 align=8 base_addr=0xffffe8ffffc00000 off=98304 ptr=0x60fd40c18000',
  '        modprobe  1234 [002]   105.500000: percpu:percpu_free_percpu: base_addr=0xffffe8ffffc00000 off=98304 ptr=0x60fd40c18000',
].join('\n');
