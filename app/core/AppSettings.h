#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QSettings;

// The user's preferences (issue 6) and remembered window layouts, in an INI file beside the
// saved profiles (BADGEDESK_CONFIG_DIR overrides the folder, so tests never touch the real
// one). Every getter returns a usable value whatever the file holds: a hand-edited or older
// file is clamped to the limits below instead of reaching the network or the job engine.
// Never a secret: tokens and API keys live in the OS keychain only.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    // Seconds without a byte moving before an attempt is given up. Below 5 s a slow mobile
    // link fails for nothing; above 10 minutes a dead server keeps a window waiting.
    static constexpr int MinTransferTimeoutSeconds = 5;
    static constexpr int MaxTransferTimeoutSeconds = 600;
    static constexpr int DefaultTransferTimeoutSeconds = 30;
    // The whole call, retries included; never shorter than the transfer timeout.
    static constexpr int MinDeadlineSeconds = 10;
    static constexpr int MaxDeadlineSeconds = 3600;
    static constexpr int DefaultDeadlineSeconds = 120;
    // IDs per assign call: the contract's client rule is "at most 500 per call" (§4.7, U-4).
    static constexpr int MinBatchSize = 1;
    static constexpr int MaxBatchSize = 500;
    static constexpr int DefaultBatchSize = 500;
    // Calls in flight (U-15, default 4). Qt opens at most 6 connections per host, so more
    // would only queue inside Qt while their timeouts run.
    static constexpr int MinConcurrency = 1;
    static constexpr int MaxConcurrency = 6;
    static constexpr int DefaultConcurrency = 4;
    // Warn about tokens older than this many days; 0 = never (same range as Profile).
    static constexpr int MaxTokenRotationDays = 3650;

    explicit AppSettings(const QString &filePath = defaultFilePath());
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    // settings.ini in BADGEDESK_CONFIG_DIR or the app's config folder (beside profiles.json).
    static QString defaultFilePath();
    QString filePath() const;

    // "" follows the system's languages; otherwise a code of AppTranslations::available().
    QString language() const;
    void setLanguage(const QString &code);

    int transferTimeoutSeconds() const;
    void setTransferTimeoutSeconds(int seconds);
    int deadlineSeconds() const; // never below transferTimeoutSeconds()
    void setDeadlineSeconds(int seconds);

    int batchSize() const;
    void setBatchSize(int ids);
    int concurrency() const;
    void setConcurrency(int calls);

    // For profiles created from now on; existing profiles keep their own value.
    int tokenRotationDays() const;
    void setTokenRotationDays(int days);

    // "" = the default folder (defaultDataFolder()). Only absolute paths are kept.
    QString dataFolder() const;
    void setDataFolder(const QString &path);
    static QString defaultDataFolder();
    // The data folder in effect when the app starts: BADGEDESK_DATA_DIR when set, otherwise the
    // setting, otherwise the default.
    QString effectiveDataFolder() const;

    // A move of the existing data asked for in Preferences; done at the next start, before
    // anything opens a file in the old folder.
    struct PendingMove
    {
        QString from;
        QString to;
        bool isEmpty() const { return from.isEmpty() || to.isEmpty(); }
    };
    PendingMove pendingMove() const;
    void setPendingMove(const PendingMove &move); // an empty move clears it

    // Opaque blobs from QWidget::saveGeometry(), QMainWindow::saveState() and the like, by a
    // name such as "mainWindow/geometry".
    QByteArray windowLayout(const QString &name) const;
    void setWindowLayout(const QString &name, const QByteArray &blob);

    // Writes to disk; false with *error set when the file could not be written.
    bool save(QString *error = nullptr);

private:
    int boundedInt(const QString &key, int fallback, int min, int max) const;

    std::unique_ptr<QSettings> m_settings;
};
