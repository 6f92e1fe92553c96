package org.mdscape.engine.campaign;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The Thrift compact protocol, only as far as Parquet's footer and page headers need it: structs of
 * i32, i64, binary, lists and nested structs. (A Thrift library would bring a code generator and more
 * dependencies for a few dozen lines.)
 */
final class ThriftCompactWriter {
    static final int I32 = 5, I64 = 6, BINARY = 8, LIST = 9, STRUCT = 12;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Deque<Integer> lastField = new ArrayDeque<>();
    private int last;

    byte[] bytes() {
        return out.toByteArray();
    }

    ThriftCompactWriter field(int id, int type) {
        int delta = id - last;
        if (delta > 0 && delta <= 15) {
            out.write(delta << 4 | type);
        } else {
            out.write(type);
            varint(zigzag(id));
        }
        last = id;
        return this;
    }

    ThriftCompactWriter i32(int id, int v) {
        field(id, I32);
        varint(zigzag(v));
        return this;
    }

    ThriftCompactWriter i64(int id, long v) {
        field(id, I64);
        varint(zigzag(v));
        return this;
    }

    ThriftCompactWriter string(int id, String s) {
        field(id, BINARY);
        binary(s);
        return this;
    }

    /** Starts a nested struct field; end it with {@link #end()}. */
    ThriftCompactWriter struct(int id) {
        field(id, STRUCT);
        return begin();
    }

    /** Starts a struct (a list element, or the top level); field ids restart. */
    ThriftCompactWriter begin() {
        lastField.push(last);
        last = 0;
        return this;
    }

    ThriftCompactWriter end() {
        out.write(0); // STOP
        last = lastField.isEmpty() ? 0 : lastField.pop();
        return this;
    }

    /** A list field header; the caller then writes {@code size} elements of {@code elementType}. */
    ThriftCompactWriter list(int id, int elementType, int size) {
        field(id, LIST);
        if (size < 15) {
            out.write(size << 4 | elementType);
        } else {
            out.write(0xF0 | elementType);
            varint(size);
        }
        return this;
    }

    /** A list element of type i32 (enums). */
    ThriftCompactWriter i32Element(int v) {
        varint(zigzag(v));
        return this;
    }

    ThriftCompactWriter binary(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        varint(b.length);
        out.writeBytes(b);
        return this;
    }

    private void varint(long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) (v & 0x7F | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static long zigzag(long v) {
        return v << 1 ^ v >> 63;
    }
}
