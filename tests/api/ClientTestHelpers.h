#pragma once

#include "ApiResult.h"

#include <QTest>

#include <optional>

// Runs one asynchronous client call to completion on the test's event loop.
template<typename T, typename Start>
std::optional<ApiResult<T>> awaitCall(Start start, int timeoutMs = 15000)
{
    std::optional<ApiResult<T>> out;
    start([&out](const ApiResult<T> &result) { out = result; });
    (void)QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs); // caller checks out
    return out;
}

inline const char *describe(const ApiError &error)
{
    static QByteArray text;
    text = (ApiError::kindName(error.kind()) + QStringLiteral(": ") + error.userMessage()).toUtf8();
    return text.constData();
}
