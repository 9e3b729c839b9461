(
raise self.test_case.failureException(msg)
)