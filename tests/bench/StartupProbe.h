#pragma once

#include <QObject>
#include <QTimer>

// The event filter StartupProbePlugin installs on the application (see there for the protocol).
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    explicit StartupProbe(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onPainted();
    void pollRows();
    void finish();

    int m_wantedRows = 0;
    bool m_exitWhenDone = false;
    bool m_painted = false;
    QTimer m_rowsPoll;
};
