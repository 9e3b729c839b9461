(
raise exc
)