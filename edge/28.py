1else
