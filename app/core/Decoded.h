#pragma once

#include <QString>

// The outcome of decoding untrusted input: a value, or a message a person can read.
template<typename T> struct Decoded
{
    T value {};
    QString error;

    bool ok() const { return error.isEmpty(); }

    static Decoded success(T v) { return Decoded {std::move(v), {}}; }
    static Decoded failure(QString message) { return Decoded {T {}, std::move(message)}; }
};
