// The ABI table: every runtime entry point native code may call.
//
// This file is a single macro and nothing else, so other crates can
// `include!` it (pyc-native does, to declare its imports) without depending
// on pyrt. Each row is `fn SYMBOL(param: TYPE, ...) -> TYPE;` with TYPE one
// of the ABI kinds:
//
//   V      a Value word (i64)            Ptr   a raw pointer (pointer-sized)
//   Usize  pointer-sized unsigned        Isize pointer-sized signed
//   I32    32-bit signed                 U32   32-bit unsigned
//   I64    64-bit signed                 F64   double
//   Void   no result (return type only)
//
// pyrt checks at compile time that each symbol exists with exactly this
// signature (`abi::check`), so the table and the code cannot drift apart;
// pyc-native derives its Cranelift signatures from the same rows.
//
// Error convention: `V` results are null on error, `I32`/`Isize` results
// -1, with the exception set in the thread state.

#[macro_export]
macro_rules! pyrt_abi_table {
    ($m:ident) => {
        $m! {
            // Start-up: ready the runtime (idempotent); 0 or -1.
            fn pyrt_init() -> I32;
            // Reference counting (the fast paths are inline in native code).
            fn pyrt_dealloc(obj: V) -> Void;
            fn pyrt_incref(v: V) -> Void;
            fn pyrt_decref(v: V) -> Void;
            fn pyrt_xdecref(v: V) -> Void;
            // Constants and object construction.
            fn pyrt_int_from_i64(i: I64) -> V;
            fn pyrt_int_from_str(text: Ptr, len: Usize) -> V;
            fn pyrt_float_new(f: F64) -> V;
            fn pyrt_str_new(text: Ptr, len: Usize) -> V;
            fn pyrt_intern(text: Ptr, len: Usize) -> V;
            fn pyrt_build_tuple(items: Ptr, n: Usize) -> V;
            fn pyrt_build_list(items: Ptr, n: Usize) -> V;
            fn pyrt_build_dict(items: Ptr, npairs: Usize) -> V;
            fn pyrt_build_slice(start: V, stop: V, step: V) -> V;
            // Operators.
            fn pyrt_binary_op(a: V, b: V, op: U32) -> V;
            fn pyrt_inplace_op(a: V, b: V, op: U32) -> V;
            fn pyrt_unary_op(a: V, op: U32) -> V;
            fn pyrt_power(a: V, b: V, m: V) -> V;
            fn pyrt_compare(a: V, b: V, op: U32) -> V;
            fn pyrt_compare_bool(a: V, b: V, op: U32) -> I32;
            fn pyrt_is_true(v: V) -> I32;
            fn pyrt_not(v: V) -> V;
            fn pyrt_contains(container: V, item: V) -> I32;
            // Globals.
            fn pyrt_load_global(globals: V, builtins: V, name: V) -> V;
            // Attributes.
            fn pyrt_getattr(obj: V, name: V) -> V;
            fn pyrt_setattr(obj: V, name: V, value: V) -> I32;
            fn pyrt_delattr(obj: V, name: V) -> I32;
            fn pyrt_load_method(obj: V, name: V, self_out: Ptr) -> V;
            // Subscripts, length, iteration.
            fn pyrt_getitem(obj: V, key: V) -> V;
            fn pyrt_setitem(obj: V, key: V, value: V) -> I32;
            fn pyrt_delitem(obj: V, key: V) -> I32;
            fn pyrt_len(obj: V) -> Isize;
            fn pyrt_get_iter(obj: V) -> V;
            fn pyrt_iter_next(it: V) -> V;
            // Unpacking, f-strings, isinstance, comprehension helpers.
            fn pyrt_unpack_sequence(seq: V, n: Usize, out: Ptr) -> I32;
            fn pyrt_unpack_ex(seq: V, before: Usize, after: Usize, out: Ptr) -> I32;
            fn pyrt_format(v: V, spec: V) -> V;
            fn pyrt_build_string(items: Ptr, n: Usize) -> V;
            fn pyrt_isinstance(obj: V, cls: V) -> I32;
            fn pyrt_list_append(list: V, item: V) -> I32;
            fn pyrt_list_extend(list: V, iterable: V) -> I32;
            fn pyrt_dict_setitem(dict: V, key: V, value: V) -> I32;
            // Calls.
            fn pyrt_call(callable: V, args: Ptr, nargs: Usize, kwnames: V) -> V;
            // repr / str / hash.
            fn pyrt_repr(v: V) -> V;
            fn pyrt_str(v: V) -> V;
            fn pyrt_hash(v: V) -> Isize;
            // Exceptions.
            fn pyrt_raise(exc: V, cause: V) -> I32;
            fn pyrt_err_occurred() -> I32;
            fn pyrt_err_fetch() -> V;
            fn pyrt_err_restore(exc: V) -> Void;
            fn pyrt_err_matches(ty: V) -> I32;
            fn pyrt_push_handled(exc: V) -> Void;
            fn pyrt_pop_handled() -> Void;
            fn pyrt_handled() -> V;
            fn pyrt_enter_recursive_call() -> I32;
            fn pyrt_leave_recursive_call() -> Void;
            // Native frames: the error path (handler target or -1), a
            // generator's creation, CALL with keyword names (co_consts[kw]),
            // and the executable's start-up.
            fn pyrt_nat_unwind(f: Ptr, lasti: I32, depth: Usize, mode: I32) -> I64;
            fn pyrt_nat_return_generator(f: Ptr, lasti: I32, depth: Usize) -> V;
            fn pyrt_nat_bad_resume() -> Void;
            // FOR_ITER's step: the next item (new reference), the word 2
            // when the iterator is exhausted, or null with an exception.
            fn pyrt_nat_for_iter(it: V) -> V;
            fn pyrt_op_call_kw(f: Ptr, sp: Ptr, arg: U32, at: U32, kw: U32) -> I64;
            fn pyrt_main(argc: I32, argv: Ptr, image: Ptr, image_len: Usize, entries: Ptr, n_entries: Usize) -> I32;
        }
    };
}

// Data symbols native code may reference directly (addresses of immortal
// objects and static types), for identity tests and inline type checks:
// `v == &pyrt_None`, `obj->ty == &pyrt_type_int`. Each row names the Rust
// static that carries the symbol.
#[macro_export]
macro_rules! pyrt_abi_data {
    ($m:ident) => {
        $m! {
            pyrt_None = objects::singletons::NONE;
            pyrt_NotImplemented = objects::singletons::NOT_IMPLEMENTED;
            pyrt_Ellipsis = objects::singletons::ELLIPSIS;
            pyrt_True = objects::bool::TRUE;
            pyrt_False = objects::bool::FALSE;
            pyrt_empty_tuple = objects::tuple::EMPTY_TUPLE;
            pyrt_type_object = objects::object::OBJECT_TYPE;
            pyrt_type_type = types::typetype::TYPE_TYPE;
            pyrt_type_NoneType = objects::singletons::NONE_TYPE;
            pyrt_type_int = objects::int::INT_TYPE;
            pyrt_type_bool = objects::bool::BOOL_TYPE;
            pyrt_type_float = objects::float::FLOAT_TYPE;
            pyrt_type_str = objects::str::STR_TYPE;
            pyrt_type_tuple = objects::tuple::TUPLE_TYPE;
            pyrt_type_list = objects::list::LIST_TYPE;
            pyrt_type_dict = objects::dict::DICT_TYPE;
        }
    };
}

// Opcode bodies shared by the interpreter and native code (runtime
// `interp/ops.rs`). Each name `x` is exported as
// `fn pyrt_op_x(f: Ptr, sp: Ptr, arg: U32, at: U32) -> I64`: it executes
// the instruction with index `at & 0xffffff`, opcode `at >> 24` and
// operand `arg` on frame `f`, whose
// value stack top is just below `sp`. Result: 0 = fall through, 1 = take
// the jump, negative = an exception is set, with the raise kind
// `-1 - result` (0 normal, 1 re-raise, 2 explicit raise); on failure the
// stack holds the instruction's input entries, each owned or null.
#[macro_export]
macro_rules! pyrt_abi_ops {
    ($m:ident) => {
        $m! {
            load_fast delete_fast unary_positive unary_not binary_op compare_op
            is_op contains_op binary_subscr store_subscr delete_subscr get_len
            match_mapping match_sequence match_keys match_class push_exc_info
            pop_except check_exc_match check_eg_match prep_reraise_star
            with_except_start before_with get_iter get_yield_from_iter for_iter
            print_expr load_build_class load_assertion_error list_to_tuple
            import_star setup_annotations store_name delete_name load_name
            load_global store_global delete_global unpack_sequence unpack_ex
            store_attr delete_attr load_attr load_method build_tuple build_list
            build_set build_map build_const_key_map build_string build_slice
            format_value list_append set_add map_add list_extend set_update
            dict_update dict_merge import_name import_from pop_jump_if_false
            jump_if_false_or_pop reraise raise_varargs send make_function
            make_cell copy_free_vars load_deref load_classderef store_deref
            delete_deref call call_function_ex get_awaitable get_aiter
            get_anext before_async_with end_async_for async_gen_wrap
        }
    };
}

// Layout facts native code relies on (byte offsets and constants); pyrt
// asserts each at compile time (`abi::layout_check`).
#[macro_export]
macro_rules! pyrt_abi_layout {
    ($m:ident) => {
        $m! {
            FRAME_CODE = 16;
            FRAME_LASTI = 64;
            FRAME_STATE = 68;
            FRAME_STACK_DEPTH = 72;
            FRAME_SLOTS = 88;
            FRAME_GLOBALS = 32;
            FRAME_BUILTINS = 40;
            CODE_CONSTS = 24;
            CODE_NAMES = 32;
            CODE_GLOBAL_CACHE = 40;
            GLOBAL_CACHE_ENTRY_SIZE = 24;
            GLOBAL_CACHE_GLOBALS_VERSION = 0;
            GLOBAL_CACHE_BUILTINS_VERSION = 8;
            GLOBAL_CACHE_VALUE = 16;
            DICT_VERSION = 24;
            FRAME_SUSPENDED = 2;
            FRAME_COMPLETED = 3;
        }
    };
}
