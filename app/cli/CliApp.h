#pragma once

#include "ApiError.h"
#include "ConnectionSettings.h"
#include "JobRunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QObject>
#include <QTextStream>

#include <memory>

class WatchersClient;

// badgedesk-cli: the bulk and badge actions headless, on the same engine and journal as the
// GUI. run() parses the command line and starts the command; the process exits through
// QCoreApplication::exit() with one of CliExitCode's values when the command is done.
class CliApp : public QObject
{
    Q_OBJECT

public:
    explicit CliApp(QObject *parent = nullptr);
    ~CliApp() override;

    // Returns an exit code to leave with at once, or -1 when the command runs asynchronously.
    int run(const QStringList &arguments);
    static QString helpText();

private:
    enum class Output { Text, Json, Csv };

    int usage(const QString &message);
    int finish(int code);
    void withCredentials(std::function<void()> next);
    int dispatch();
    int badges(const QStringList &words);
    int jobCommand(const QString &command, const QStringList &words);
    int jobsList();
    int jobsResume(const QString &jobId);
    void runJob();
    void onJobSettled();
    int exitCodeFor(const ApiError &error) const;
    void printError(const ApiError &error);
    void printJson(const QJsonValue &value);
    bool readIds(class UserIdList *out);
    QString profileId() const;

    QCommandLineParser m_parser;
    QStringList m_words;
    Output m_output = Output::Text;
    bool m_dryRun = false;
    QString m_profileName;
    QString m_profileId;
    QString m_profileDisplayName;
    ConnectionSettings m_connection;
    std::unique_ptr<WatchersClient> m_client;
    std::unique_ptr<JobRunner> m_runner;
    QTextStream m_out;
    QTextStream m_err;
};
