# coding=latin
(aaaaaaaaaaaaaaaaa
aaaaaaaaaaaµ