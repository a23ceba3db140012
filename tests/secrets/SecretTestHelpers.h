#pragma once

#include "SecretStore.h"

#include <QTest>

#include <optional>

// Runs one asynchronous secret-store call to completion on the test's event loop.
template<typename Start> std::optional<SecretResult> awaitSecret(Start start, int timeoutMs = 20000)
{
    std::optional<SecretResult> out;
    start([&out](const SecretResult &result) { out = result; });
    (void)QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs);
    return out;
}

inline const char *statusName(SecretResult::Status status)
{
    switch (status) {
    case SecretResult::Status::Ok:
        return "Ok";
    case SecretResult::Status::NotFound:
        return "NotFound";
    case SecretResult::Status::NoKeychain:
        return "NoKeychain";
    case SecretResult::Status::Denied:
        return "Denied";
    case SecretResult::Status::Failed:
        return "Failed";
    }
    return "?";
}
