from __future__ import annotations
def f(x: Undefined, *args: Other) -> Result:
    local: LocalAnnotation = 1
    return local
class C:
    attr: ClassAnnotation
    def m(self) -> C:
        pass
module_level: ModuleAnnotation
