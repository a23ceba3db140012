#pragma once

#include "Decoded.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// What a Watchers bearer token says about itself. The token is a JWT whose documented payload
// is {uid, project, iat}; we read it locally to show the project and the age, and never check
// the signature (only the server can, and we do not hold its key).
struct JwtInfo
{
    Q_DECLARE_TR_FUNCTIONS(JwtInfo)

public:
    QString uid;
    QString project;
    QDateTime issuedAt; // UTC; invalid when the token has no usable iat
    QJsonObject payload;

    // Accepts the token as pasted (normalise it first: no "Bearer "). Fails with a readable
    // message when it is not three base64url segments with a JSON object in the middle.
    static Decoded<JwtInfo> decode(const QString &token);

    // Whole days since iat; -1 when unknown.
    qint64 ageDays(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    bool isOlderThan(int days, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
};
