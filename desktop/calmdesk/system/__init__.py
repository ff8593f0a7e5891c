"""OS integration behind small interfaces: hotkeys, clipboard, paste, single instance and IPC."""
