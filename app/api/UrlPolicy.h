#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// What base URLs the client will talk to: https anywhere, plain http only on loopback (the
// sandbox), never credentials embedded in the URL.
class UrlPolicy
{
    Q_DECLARE_TR_FUNCTIONS(UrlPolicy)

public:
    // Empty when the URL is acceptable; otherwise why not, in words a person can act on.
    static QString problem(const QUrl &url);
    static bool isLoopbackHost(const QString &host);
    // Same scheme, host and port: the only redirects the client follows.
    static bool sameOrigin(const QUrl &a, const QUrl &b);
};
