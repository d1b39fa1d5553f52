// Lodestone's scripts are progressive enhancements: every page works without them.
