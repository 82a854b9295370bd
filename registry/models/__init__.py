from .hour_reports import *  # noqa: F403
from .messages import *  # noqa: F403
from .organisations import *  # noqa: F403
from .pages import *  # noqa: F403
from .recognitions import *  # noqa: F403
from .requests import *  # noqa: F403
from .service import *  # noqa: F403
from .volunteers import *  # noqa: F403
