package org.minnow.tool.cc.pp;

/**
 * The macros every compilation starts with: the standard ones ({@code __STDC__},
 * {@code __STDC_VERSION__}), the target's ({@code __riscv}, {@code __riscv_xlen},
 * {@code __ILP32__}), Minnow's ({@code __minnow__}), and GCC's names for the sizes and limits of
 * the integer types on riscv32 ilp32, which headers use to define {@code <stdint.h>} and
 * {@code <limits.h>}. {@code __GNUC__} is not defined: Minnow's C is not GCC's.
 */
final class Predefined {
    private Predefined() {}

    private static final String[][] MACROS = {
        {"__STDC__", "1"}, {"__STDC_VERSION__", "199901L"}, {"__STDC_HOSTED__", "1"},
        {"__minnow__", "1"}, {"__riscv", "1"}, {"__riscv_xlen", "32"}, {"__riscv_mul", "1"}, {"__riscv_div", "1"},
        {"__riscv_muldiv", "1"}, {"__riscv_float_abi_soft", "1"}, {"__riscv_cmodel_medlow", "1"},
        {"__ILP32__", "1"}, {"_ILP32", "1"}, {"__ELF__", "1"},
        {"__ORDER_LITTLE_ENDIAN__", "1234"}, {"__ORDER_BIG_ENDIAN__", "4321"}, {"__BYTE_ORDER__", "__ORDER_LITTLE_ENDIAN__"},
        {"__CHAR_BIT__", "8"},
        {"__SIZEOF_SHORT__", "2"}, {"__SIZEOF_INT__", "4"}, {"__SIZEOF_LONG__", "4"}, {"__SIZEOF_LONG_LONG__", "8"},
        {"__SIZEOF_POINTER__", "4"}, {"__SIZEOF_SIZE_T__", "4"}, {"__SIZEOF_PTRDIFF_T__", "4"},
        {"__SIZEOF_WCHAR_T__", "4"}, {"__SIZEOF_WINT_T__", "4"},
        {"__SCHAR_MAX__", "0x7f"}, {"__SHRT_MAX__", "0x7fff"}, {"__INT_MAX__", "0x7fffffff"},
        {"__LONG_MAX__", "0x7fffffffL"}, {"__LONG_LONG_MAX__", "0x7fffffffffffffffLL"},
        {"__WCHAR_MAX__", "0x7fffffff"}, {"__WCHAR_MIN__", "(-__WCHAR_MAX__ - 1)"},
        {"__SIZE_MAX__", "0xffffffffU"}, {"__PTRDIFF_MAX__", "0x7fffffff"},
        {"__INTMAX_MAX__", "0x7fffffffffffffffLL"}, {"__UINTMAX_MAX__", "0xffffffffffffffffULL"},
        {"__INTPTR_MAX__", "0x7fffffff"}, {"__UINTPTR_MAX__", "0xffffffffU"},
        {"__SCHAR_WIDTH__", "8"}, {"__SHRT_WIDTH__", "16"}, {"__INT_WIDTH__", "32"}, {"__LONG_WIDTH__", "32"},
        {"__LONG_LONG_WIDTH__", "64"}, {"__PTRDIFF_WIDTH__", "32"}, {"__SIZE_WIDTH__", "32"},
        {"__INTPTR_WIDTH__", "32"}, {"__INTMAX_WIDTH__", "64"}, {"__WCHAR_WIDTH__", "32"},
        {"__SIZE_TYPE__", "unsigned int"}, {"__PTRDIFF_TYPE__", "int"}, {"__WCHAR_TYPE__", "int"},
        {"__WINT_TYPE__", "unsigned int"}, {"__INTMAX_TYPE__", "long long int"},
        {"__UINTMAX_TYPE__", "long long unsigned int"}, {"__INTPTR_TYPE__", "int"}, {"__UINTPTR_TYPE__", "unsigned int"},
        {"__CHAR16_TYPE__", "short unsigned int"}, {"__CHAR32_TYPE__", "long unsigned int"},
        {"__INT8_TYPE__", "signed char"}, {"__INT16_TYPE__", "short int"}, {"__INT32_TYPE__", "long int"},
        {"__INT64_TYPE__", "long long int"}, {"__UINT8_TYPE__", "unsigned char"}, {"__UINT16_TYPE__", "short unsigned int"},
        {"__UINT32_TYPE__", "long unsigned int"}, {"__UINT64_TYPE__", "long long unsigned int"},
        {"__INT_LEAST8_TYPE__", "signed char"}, {"__INT_LEAST16_TYPE__", "short int"},
        {"__INT_LEAST32_TYPE__", "long int"}, {"__INT_LEAST64_TYPE__", "long long int"},
        {"__UINT_LEAST8_TYPE__", "unsigned char"}, {"__UINT_LEAST16_TYPE__", "short unsigned int"},
        {"__UINT_LEAST32_TYPE__", "long unsigned int"}, {"__UINT_LEAST64_TYPE__", "long long unsigned int"},
        {"__INT_FAST8_TYPE__", "int"}, {"__INT_FAST16_TYPE__", "int"}, {"__INT_FAST32_TYPE__", "int"},
        {"__INT_FAST64_TYPE__", "long long int"}, {"__UINT_FAST8_TYPE__", "unsigned int"},
        {"__UINT_FAST16_TYPE__", "unsigned int"}, {"__UINT_FAST32_TYPE__", "unsigned int"},
        {"__UINT_FAST64_TYPE__", "long long unsigned int"},
        {"__INT8_MAX__", "0x7f"}, {"__INT16_MAX__", "0x7fff"}, {"__INT32_MAX__", "0x7fffffffL"},
        {"__INT64_MAX__", "0x7fffffffffffffffLL"}, {"__UINT8_MAX__", "0xff"}, {"__UINT16_MAX__", "0xffff"},
        {"__UINT32_MAX__", "0xffffffffUL"}, {"__UINT64_MAX__", "0xffffffffffffffffULL"},
        {"__USER_LABEL_PREFIX__", ""}, {"__DATE__", "\"Jan  1 1970\""}, {"__TIME__", "\"00:00:00\""},
    };

    private static final String[] FUNCTIONS = {
        "__INT8_C(c) c", "__INT16_C(c) c", "__INT32_C(c) c ## L", "__INT64_C(c) c ## LL",
        "__UINT8_C(c) c", "__UINT16_C(c) c", "__UINT32_C(c) c ## UL", "__UINT64_C(c) c ## ULL",
        "__INTMAX_C(c) c ## LL", "__UINTMAX_C(c) c ## ULL",
    };

    static void defineAll(Preprocessor pp) {
        for (String[] m : MACROS) {
            pp.define(m[0], m[1]);
        }
        for (String f : FUNCTIONS) {
            pp.defineFunction(f);
        }
    }
}
