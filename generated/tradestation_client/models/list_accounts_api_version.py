from enum import StrEnum


class ListAccountsAPIVersion(StrEnum):
    VALUE_0 = "20101026"
    VALUE_1 = "20150601"
    VALUE_2 = "20160101"

    def __str__(self) -> str:
        return str(self.value)
