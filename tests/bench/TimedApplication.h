#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QString>

// The bench's QApplication: while watching, it times each event the GUI thread delivers from
// its loop and keeps the longest, with whom it went to. A long gap in LoopGapMonitor says that
// the loop was held up; this says by what.
class TimedApplication : public QApplication
{
public:
    TimedApplication(int &argc, char **argv);

    void startWatching();
    void stopWatching() { m_watching = false; }
    double longestEventMs() const { return m_longestNs / 1e6; }
    // "QMetaCallEvent to QNetworkReplyHttpImpl", say.
    QString longestEventLabel() const { return m_longestLabel; }

    bool notify(QObject *receiver, QEvent *event) override;

private:
    bool m_watching = false;
    int m_depth = 0; // only events from the loop count, not the ones they send in turn
    qint64 m_longestNs = 0;
    QString m_longestLabel;
};
