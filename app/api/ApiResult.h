#pragma once

#include "ApiError.h"

#include <functional>
#include <optional>
#include <variant>

// What a WatchersClient call hands back: the typed value, or an ApiError.
template<typename T> class ApiResult
{
public:
    static ApiResult success(T value)
    {
        ApiResult r;
        r.m_value = std::move(value);
        return r;
    }
    static ApiResult failure(ApiError error)
    {
        ApiResult r;
        r.m_error = std::move(error);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    const ApiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

using NoValue = std::monostate;

template<typename T> using ApiCallback = std::function<void(const ApiResult<T> &)>;
