print 'héllo'
