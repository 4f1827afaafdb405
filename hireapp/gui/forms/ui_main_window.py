# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QMainWindow, QMenu,
    QMenuBar, QSizePolicy, QSpacerItem, QStatusBar,
    QTableView, QToolBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 700)
        self.actionNewInterview = QAction(MainWindow)
        self.actionNewInterview.setObjectName(u"actionNewInterview")
        self.actionInterviewCandidate = QAction(MainWindow)
        self.actionInterviewCandidate.setObjectName(u"actionInterviewCandidate")
        self.actionResume = QAction(MainWindow)
        self.actionResume.setObjectName(u"actionResume")
        self.actionNewCandidate = QAction(MainWindow)
        self.actionNewCandidate.setObjectName(u"actionNewCandidate")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionRefresh = QAction(MainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
        self.actionShortcuts = QAction(MainWindow)
        self.actionShortcuts.setObjectName(u"actionShortcuts")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.filterBar = QHBoxLayout()
        self.filterBar.setObjectName(u"filterBar")
        self.positionLabel = QLabel(self.centralWidget)
        self.positionLabel.setObjectName(u"positionLabel")

        self.filterBar.addWidget(self.positionLabel)

        self.positionCombo = QComboBox(self.centralWidget)
        self.positionCombo.setObjectName(u"positionCombo")
        self.positionCombo.setMinimumContentsLength(28)
        self.positionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterBar.addWidget(self.positionCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterBar.addItem(self.filterSpacer)

        self.countLabel = QLabel(self.centralWidget)
        self.countLabel.setObjectName(u"countLabel")

        self.filterBar.addWidget(self.countLabel)


        self.centralLayout.addLayout(self.filterBar)

        self.candidateTable = QTableView(self.centralWidget)
        self.candidateTable.setObjectName(u"candidateTable")
        self.candidateTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidateTable.setAlternatingRowColors(True)
        self.candidateTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidateTable.setSortingEnabled(True)
        self.candidateTable.setWordWrap(False)

        self.centralLayout.addWidget(self.candidateTable)

        self.emptyLabel = QLabel(self.centralWidget)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.centralLayout.addWidget(self.emptyLabel)

        self.centralLayout.setStretch(1, 1)
        self.centralLayout.setStretch(2, 1)
        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuInterview = QMenu(self.menuBar)
        self.menuInterview.setObjectName(u"menuInterview")
        self.menuCandidates = QMenu(self.menuBar)
        self.menuCandidates.setObjectName(u"menuCandidates")
        self.menuView = QMenu(self.menuBar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.toolBar = QToolBar(MainWindow)
        self.toolBar.setObjectName(u"toolBar")
        self.toolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)
#if QT_CONFIG(shortcut)
        self.positionLabel.setBuddy(self.positionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.positionCombo, self.candidateTable)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuInterview.menuAction())
        self.menuBar.addAction(self.menuCandidates.menuAction())
        self.menuBar.addAction(self.menuView.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewInterview)
        self.menuFile.addAction(self.actionNewCandidate)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuInterview.addAction(self.actionNewInterview)
        self.menuInterview.addAction(self.actionInterviewCandidate)
        self.menuInterview.addAction(self.actionResume)
        self.menuCandidates.addAction(self.actionNewCandidate)
        self.menuView.addAction(self.actionRefresh)
        self.menuHelp.addAction(self.actionShortcuts)
        self.menuHelp.addAction(self.actionAbout)
        self.toolBar.addAction(self.actionNewInterview)
        self.toolBar.addAction(self.actionNewCandidate)
        self.toolBar.addAction(self.actionResume)
        self.toolBar.addSeparator()
        self.toolBar.addAction(self.actionRefresh)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"hireapp", None))
        self.actionNewInterview.setText(QCoreApplication.translate("MainWindow", u"&New interview\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionNewInterview.setToolTip(QCoreApplication.translate("MainWindow", u"Start an interview: choose or create the candidate (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionNewInterview.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionInterviewCandidate.setText(QCoreApplication.translate("MainWindow", u"&Interview selected candidate\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionInterviewCandidate.setToolTip(QCoreApplication.translate("MainWindow", u"Start or resume your interview of the selected candidate (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.actionResume.setText(QCoreApplication.translate("MainWindow", u"&Resume unfinished\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionResume.setToolTip(QCoreApplication.translate("MainWindow", u"Interviews that were started but not submitted (Ctrl+R)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionResume.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+R", None))
#endif // QT_CONFIG(shortcut)
        self.actionNewCandidate.setText(QCoreApplication.translate("MainWindow", u"New &candidate\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionNewCandidate.setToolTip(QCoreApplication.translate("MainWindow", u"Add a candidate (Ctrl+Shift+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionNewCandidate.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.actionRefresh.setToolTip(QCoreApplication.translate("MainWindow", u"Reload the candidates from the database (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionRefresh.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionShortcuts.setText(QCoreApplication.translate("MainWindow", u"&Keyboard shortcuts", None))
#if QT_CONFIG(shortcut)
        self.actionShortcuts.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About hireapp", None))
        self.positionLabel.setText(QCoreApplication.translate("MainWindow", u"&Position:", None))
#if QT_CONFIG(accessibility)
        self.positionCombo.setAccessibleName(QCoreApplication.translate("MainWindow", u"Position", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.candidateTable.setAccessibleName(QCoreApplication.translate("MainWindow", u"Candidates", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText("")
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuInterview.setTitle(QCoreApplication.translate("MainWindow", u"&Interview", None))
        self.menuCandidates.setTitle(QCoreApplication.translate("MainWindow", u"&Candidates", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.toolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Toolbar", None))
    # retranslateUi

