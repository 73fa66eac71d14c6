// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/** The builtin classes, and the class of any value. */
public final class Types {
    private Types() {}

    public static final PyClass OBJECT = new PyClass("object", "builtins", new PyClass[0], new LinkedHashMap<>(), true);
    public static final PyClass TYPE = PyClass.builtin("type", OBJECT);
    public static final PyClass INT = PyClass.builtin("int", OBJECT);
    public static final PyClass BOOL = PyClass.builtin("bool", INT);
    public static final PyClass FLOAT = PyClass.builtin("float", OBJECT);
    public static final PyClass COMPLEX = PyClass.builtin("complex", OBJECT);
    public static final PyClass STR = PyClass.builtin("str", OBJECT);
    public static final PyClass BYTES = PyClass.builtin("bytes", OBJECT);
    public static final PyClass BYTEARRAY = PyClass.builtin("bytearray", OBJECT);
    public static final PyClass LIST = PyClass.builtin("list", OBJECT);
    public static final PyClass TUPLE = PyClass.builtin("tuple", OBJECT);
    public static final PyClass DICT = PyClass.builtin("dict", OBJECT);
    public static final PyClass SET = PyClass.builtin("set", OBJECT);
    public static final PyClass FROZENSET = PyClass.builtin("frozenset", OBJECT);
    public static final PyClass RANGE = PyClass.builtin("range", OBJECT);
    public static final PyClass SLICE = PyClass.builtin("slice", OBJECT);
    public static final PyClass NONE_TYPE = PyClass.builtin("NoneType", OBJECT);
    public static final PyClass NOT_IMPLEMENTED_TYPE = PyClass.builtin("NotImplementedType", OBJECT);
    public static final PyClass ELLIPSIS_TYPE = PyClass.builtin("ellipsis", OBJECT);
    public static final PyClass FUNCTION = PyClass.builtin("function", OBJECT);
    public static final PyClass BUILTIN_FUNCTION = PyClass.builtin("builtin_function_or_method", OBJECT);
    public static final PyClass METHOD = PyClass.builtin("method", OBJECT);
    /** str.upper: a builtin type's method read from the type. */
    public static final PyClass METHOD_DESCRIPTOR = PyClass.builtin("method_descriptor", OBJECT);
    /** int.__add__: a builtin type's special method read from the type. */
    public static final PyClass WRAPPER_DESCRIPTOR = PyClass.builtin("wrapper_descriptor", OBJECT);
    /** (1).__add__: a builtin type's special method bound to a value. */
    public static final PyClass METHOD_WRAPPER = PyClass.builtin("method-wrapper", OBJECT);
    public static final PyClass GENERATOR = PyClass.builtin("generator", OBJECT);
    public static final PyClass COROUTINE = PyClass.builtin("coroutine", OBJECT);
    public static final PyClass COROUTINE_WRAPPER = PyClass.builtin("coroutine_wrapper", OBJECT);
    public static final PyClass ASYNC_GENERATOR = PyClass.builtin("async_generator", OBJECT);
    /** A name of a standard module Fora lacks (RefusedName): using it raises. */
    public static final PyClass REFUSED = PyClass.builtin("refused", OBJECT);
    /** What {@code agen.__anext__()} and {@code agen.asend(v)} return: awaiting one runs the generator to its next item. */
    public static final PyClass ASYNC_GENERATOR_ASEND = PyClass.builtin("async_generator_asend", OBJECT);
    /** What {@code agen.athrow(...)} and {@code agen.aclose()} return. */
    public static final PyClass ASYNC_GENERATOR_ATHROW = PyClass.builtin("async_generator_athrow", OBJECT);
    /** What {@code anext(it, default)} returns. */
    public static final PyClass ANEXT_AWAITABLE = PyClass.builtin("anext_awaitable", OBJECT);
    public static final PyClass ITERATOR = PyClass.builtin("iterator", OBJECT);
    public static final PyClass LIST_ITERATOR = PyClass.builtin("list_iterator", OBJECT);
    public static final PyClass TUPLE_ITERATOR = PyClass.builtin("tuple_iterator", OBJECT);
    public static final PyClass RANGE_ITERATOR = PyClass.builtin("range_iterator", OBJECT);
    public static final PyClass STR_ASCII_ITERATOR = PyClass.builtin("str_ascii_iterator", OBJECT);
    public static final PyClass MEMORYVIEW = PyClass.builtin("memoryview", OBJECT);
    public static final PyClass UNION_TYPE = new PyClass("UnionType", "types", new PyClass[] {OBJECT}, new java.util.LinkedHashMap<>(), true);
    public static final PyClass GENERIC_ALIAS = new PyClass("GenericAlias", "types", new PyClass[] {OBJECT}, new java.util.LinkedHashMap<>(), true);
    public static final PyClass BYTES_ITERATOR = PyClass.builtin("bytes_iterator", OBJECT);
    public static final PyClass BYTEARRAY_ITERATOR = PyClass.builtin("bytearray_iterator", OBJECT);
    public static final PyClass MEMORY_ITERATOR = PyClass.builtin("memory_iterator", OBJECT);
    public static final PyClass LONGRANGE_ITERATOR = PyClass.builtin("longrange_iterator", OBJECT);
    public static final PyClass DICT_REVERSEKEYITERATOR = PyClass.builtin("dict_reversekeyiterator", OBJECT);
    public static final PyClass DICT_REVERSEVALUEITERATOR = PyClass.builtin("dict_reversevalueiterator", OBJECT);
    public static final PyClass DICT_REVERSEITEMITERATOR = PyClass.builtin("dict_reverseitemiterator", OBJECT);
    public static final PyClass STR_ITERATOR = PyClass.builtin("str_iterator", OBJECT);
    public static final PyClass DICT_KEYITERATOR = PyClass.builtin("dict_keyiterator", OBJECT);
    public static final PyClass CODE = PyClass.builtin("code", OBJECT);
    public static final PyClass DICT_VALUEITERATOR = PyClass.builtin("dict_valueiterator", OBJECT);
    public static final PyClass DICT_ITEMITERATOR = PyClass.builtin("dict_itemiterator", OBJECT);
    public static final PyClass SET_ITERATOR = PyClass.builtin("set_iterator", OBJECT);
    public static final PyClass LIST_REVERSEITERATOR = PyClass.builtin("list_reverseiterator", OBJECT);
    public static final PyClass REVERSED = PyClass.builtin("reversed", OBJECT);
    public static final PyClass ZIP = PyClass.builtin("zip", OBJECT);
    public static final PyClass MAP = PyClass.builtin("map", OBJECT);
    public static final PyClass FILTER = PyClass.builtin("filter", OBJECT);
    public static final PyClass ENUMERATE = PyClass.builtin("enumerate", OBJECT);
    public static final PyClass MODULE = PyClass.builtin("module", OBJECT);
    public static final PyClass PROPERTY = PyClass.builtin("property", OBJECT);
    public static final PyClass MEMBER_DESCRIPTOR = PyClass.builtin("member_descriptor", OBJECT);
    public static final PyClass STATICMETHOD = PyClass.builtin("staticmethod", OBJECT);
    public static final PyClass CLASSMETHOD = PyClass.builtin("classmethod", OBJECT);
    public static final PyClass SUPER = PyClass.builtin("super", OBJECT);
    public static final PyClass CELL = PyClass.builtin("cell", OBJECT);

    public static final PyClass BASE_EXCEPTION = PyClass.builtin("BaseException", OBJECT);
    public static final PyClass SYSTEM_EXIT = PyClass.builtin("SystemExit", BASE_EXCEPTION);
    public static final PyClass KEYBOARD_INTERRUPT = PyClass.builtin("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyClass GENERATOR_EXIT = PyClass.builtin("GeneratorExit", BASE_EXCEPTION);
    /** Raised at run time for a purity violation; user code cannot catch it. */
    public static final PyClass INVALID_PYFORA_OPERATION = PyClass.builtin("InvalidPyforaOperation", BASE_EXCEPTION);
    public static final PyClass EXCEPTION = PyClass.builtin("Exception", BASE_EXCEPTION);
    public static final PyClass BASE_EXCEPTION_GROUP = PyClass.builtin("BaseExceptionGroup", BASE_EXCEPTION);
    public static final PyClass EXCEPTION_GROUP = PyClass.builtin("ExceptionGroup", BASE_EXCEPTION_GROUP, EXCEPTION);
    public static final PyClass STOP_ITERATION = PyClass.builtin("StopIteration", EXCEPTION);
    public static final PyClass ARITHMETIC_ERROR = PyClass.builtin("ArithmeticError", EXCEPTION);
    public static final PyClass FLOATING_POINT_ERROR = PyClass.builtin("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyClass OVERFLOW_ERROR = PyClass.builtin("OverflowError", ARITHMETIC_ERROR);
    public static final PyClass ZERO_DIVISION_ERROR = PyClass.builtin("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyClass ASSERTION_ERROR = PyClass.builtin("AssertionError", EXCEPTION);
    public static final PyClass ATTRIBUTE_ERROR = PyClass.builtin("AttributeError", EXCEPTION);
    public static final PyClass IMPORT_ERROR = PyClass.builtin("ImportError", EXCEPTION);
    public static final PyClass MODULE_NOT_FOUND_ERROR = PyClass.builtin("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyClass LOOKUP_ERROR = PyClass.builtin("LookupError", EXCEPTION);
    public static final PyClass INDEX_ERROR = PyClass.builtin("IndexError", LOOKUP_ERROR);
    public static final PyClass KEY_ERROR = PyClass.builtin("KeyError", LOOKUP_ERROR);
    public static final PyClass MEMORY_ERROR = PyClass.builtin("MemoryError", EXCEPTION);
    public static final PyClass NAME_ERROR = PyClass.builtin("NameError", EXCEPTION);
    public static final PyClass UNBOUND_LOCAL_ERROR = PyClass.builtin("UnboundLocalError", NAME_ERROR);
    public static final PyClass RUNTIME_ERROR = PyClass.builtin("RuntimeError", EXCEPTION);
    public static final PyClass NOT_IMPLEMENTED_ERROR = PyClass.builtin("NotImplementedError", RUNTIME_ERROR);
    public static final PyClass RECURSION_ERROR = PyClass.builtin("RecursionError", RUNTIME_ERROR);
    public static final PyClass SYNTAX_ERROR = PyClass.builtin("SyntaxError", EXCEPTION);
    public static final PyClass INDENTATION_ERROR = PyClass.builtin("IndentationError", SYNTAX_ERROR);
    public static final PyClass TAB_ERROR = PyClass.builtin("TabError", INDENTATION_ERROR);
    public static final PyClass SYSTEM_ERROR = PyClass.builtin("SystemError", EXCEPTION);
    public static final PyClass TYPE_ERROR = PyClass.builtin("TypeError", EXCEPTION);
    public static final PyClass VALUE_ERROR = PyClass.builtin("ValueError", EXCEPTION);
    public static final PyClass UNICODE_ERROR = PyClass.builtin("UnicodeError", VALUE_ERROR);
    public static final PyClass UNICODE_DECODE_ERROR = PyClass.builtin("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyClass UNICODE_ENCODE_ERROR = PyClass.builtin("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyClass OS_ERROR = PyClass.builtin("OSError", EXCEPTION);

    /** Every builtin exception class by name, for the builtins module. */
    public static final Map<String, PyClass> EXCEPTIONS = new LinkedHashMap<>();
    static {
        for (PyClass c : new PyClass[] {BASE_EXCEPTION, SYSTEM_EXIT, KEYBOARD_INTERRUPT, GENERATOR_EXIT,
                INVALID_PYFORA_OPERATION, EXCEPTION, STOP_ITERATION, ARITHMETIC_ERROR, FLOATING_POINT_ERROR,
                OVERFLOW_ERROR, ZERO_DIVISION_ERROR, ASSERTION_ERROR, ATTRIBUTE_ERROR, IMPORT_ERROR,
                MODULE_NOT_FOUND_ERROR, LOOKUP_ERROR, INDEX_ERROR, KEY_ERROR, MEMORY_ERROR, NAME_ERROR,
                UNBOUND_LOCAL_ERROR, RUNTIME_ERROR, NOT_IMPLEMENTED_ERROR, RECURSION_ERROR, SYNTAX_ERROR,
                SYSTEM_ERROR, TYPE_ERROR, VALUE_ERROR, UNICODE_ERROR, OS_ERROR, INDENTATION_ERROR, TAB_ERROR,
                UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR}) {
            EXCEPTIONS.put(c.name(), c);
        }
        // the rest of CPython 3.11's builtin exceptions and warnings (OSError's family exists for
        // code that names it in except clauses: a computation does no I/O that raises them)
        PyClass connection = PyClass.builtin("ConnectionError", OS_ERROR);
        PyClass warning = PyClass.builtin("Warning", EXCEPTION);
        for (PyClass c : new PyClass[] {
                PyClass.builtin("EOFError", EXCEPTION), PyClass.builtin("BufferError", EXCEPTION),
                PyClass.builtin("ReferenceError", EXCEPTION), PyClass.builtin("StopAsyncIteration", EXCEPTION),
                BASE_EXCEPTION_GROUP, EXCEPTION_GROUP,
                PyClass.builtin("UnicodeTranslateError", UNICODE_ERROR),
                PyClass.builtin("BlockingIOError", OS_ERROR), PyClass.builtin("ChildProcessError", OS_ERROR), connection,
                PyClass.builtin("BrokenPipeError", connection), PyClass.builtin("ConnectionAbortedError", connection),
                PyClass.builtin("ConnectionRefusedError", connection), PyClass.builtin("ConnectionResetError", connection),
                PyClass.builtin("FileExistsError", OS_ERROR), PyClass.builtin("FileNotFoundError", OS_ERROR),
                PyClass.builtin("InterruptedError", OS_ERROR), PyClass.builtin("IsADirectoryError", OS_ERROR),
                PyClass.builtin("NotADirectoryError", OS_ERROR), PyClass.builtin("PermissionError", OS_ERROR),
                PyClass.builtin("ProcessLookupError", OS_ERROR), PyClass.builtin("TimeoutError", OS_ERROR),
                warning, PyClass.builtin("UserWarning", warning), PyClass.builtin("DeprecationWarning", warning),
                PyClass.builtin("PendingDeprecationWarning", warning), PyClass.builtin("SyntaxWarning", warning),
                PyClass.builtin("RuntimeWarning", warning), PyClass.builtin("FutureWarning", warning),
                PyClass.builtin("ImportWarning", warning), PyClass.builtin("UnicodeWarning", warning),
                PyClass.builtin("BytesWarning", warning), PyClass.builtin("ResourceWarning", warning),
                PyClass.builtin("EncodingWarning", warning)}) {
            EXCEPTIONS.put(c.name(), c);
        }
        EXCEPTIONS.put("EnvironmentError", OS_ERROR);
        EXCEPTIONS.put("IOError", OS_ERROR);
    }

    /** The class of any runtime value: {@code type(v)}. */
    public static PyClass typeOf(Object v) {
        return switch (v) {
            case Long l -> INT;
            case Double d -> FLOAT;
            case PyStr s -> STR;
            case Boolean b -> BOOL;
            case PyInstance i -> i.cls();
            case PyList l -> LIST;
            case PyTuple t -> TUPLE;
            case PyDict d -> DICT;
            case PySet s -> s.isFrozen() ? FROZENSET : SET;
            case BigInteger b -> INT;
            case PyNone n -> switch (n) {
                case NONE -> NONE_TYPE;
                case NOT_IMPLEMENTED -> NOT_IMPLEMENTED_TYPE;
                case ELLIPSIS -> ELLIPSIS_TYPE;
            };
            case PyRange r -> RANGE;
            case PyBigRange r -> RANGE;
            case PyClass c -> c.metaclass() != null ? c.metaclass() : TYPE;
            case PyObject o -> o.pyClass();
            default -> throw new IllegalStateException("not a Python value: " + v.getClass().getName());
        };
    }
}
