"""Words the strategies build Vietnamese-looking records from.

Plain data, kept apart from `govreport.strategies` so that the strategies read
as strategies; nothing here imports hypothesis.
"""

import unicodedata

from govreport._records import Direction, Trend
from govreport._values import TimeOfDay


def words(text: str) -> tuple[str, ...]:
    """Split one entry a line, NFC-normalised (in case an editor decomposed them)."""
    lines = (line.strip() for line in text.strip().splitlines())
    return tuple(unicodedata.normalize("NFC", line) for line in lines if line)


def pairs(text: str) -> tuple[tuple[str, str], ...]:
    """Split "Vietnamese = English" lines into pairs."""
    pairs = (line.split(" = ") for line in words(text))
    return tuple((vi, en) for vi, en in pairs)


FAMILY_NAMES = words(
    "Nguyễn\nTrần\nLê\nPhạm\nHoàng\nHuỳnh\nPhan\nVũ\nVõ\nĐặng\nBùi\nĐỗ\nHồ\nNgô\nDương\nLý"
)
MIDDLE_NAMES = words("Văn\nThị\nNgọc\nMinh\nThanh\nHữu\nĐức\nQuốc\nThu\nHoàng\nXuân\nKim")
GIVEN_NAMES = words(
    "Hải\nHùng\nLan\nMai\nNam\nPhúc\nTâm\nDũng\nHương\nHạnh\nLong\nThủy\nTuấn\nBình\nQuang"
    "\nNghĩa\nTrung\nHòa\nPhong\nThảo"
)
PHRASES = words("""
    tập trung nguồn lực
    hoàn thành các chỉ tiêu nghị quyết
    phát triển kinh tế - xã hội
    cải cách hành chính
    chuyển đổi số
    bảo đảm an sinh xã hội
    giữ vững trật tự đô thị
    thu ngân sách nhà nước
    giải ngân vốn đầu tư công
    nâng cao chất lượng
    công tác cán bộ
    toàn hệ thống chính trị
    triển khai quyết liệt
    trong thời gian tới
    đáp ứng yêu cầu nhiệm vụ
    chăm lo đời sống người dân
    hỗ trợ doanh nghiệp
    rà soát nhân sự
    chỉnh trang đô thị
    phòng, chống ngập nước
    xây dựng Đảng
    nghiên cứu thật kỹ
    thấm nhuần sâu sắc
    đưa nghị quyết vào thực tiễn cuộc sống
    so với cùng kỳ năm trước
    6 tháng đầu năm
""")
SUBJECTS = words("""
    Quận
    Các phường
    Ủy ban nhân dân quận
    Từng cán bộ, đảng viên
    Các cơ quan, đơn vị
    Toàn hệ thống chính trị của quận
""")
VERBS = words("cần\ntập trung\nkhẩn trương\nquyết liệt\nphải\nchủ động\ntiếp tục")
SUMMARIES = words("""
    Mobilise resources to meet the resolution's targets
    Review personnel and fill vacant posts
    Speed up the disbursement of public investment
    Study the resolution closely and act on it
    Keep urban order and prevent flooding
""")
# "{}" is the place; the kind slug comes first.
ORGANIZATION_FORMS = tuple(
    (kind, *pair)
    for kind, pair in zip(
        (
            "party-committee",
            "party-committee",
            "people-committee",
            "people-council",
            "executive-committee",
            "front",
        ),
        pairs("""
            Quận ủy {} = {} Party Committee
            Đảng ủy {} = {} Party Committee
            Ủy ban nhân dân {} = {} People's Committee
            Hội đồng nhân dân {} = {} People's Council
            Ban Chấp hành Đảng bộ {} = {} Party Executive Committee
            Ủy ban Mặt trận Tổ quốc Việt Nam {} = {} Fatherland Front Committee
        """),
        strict=True,
    )
)
PLACES = pairs("""
    quận Bình Tân = Binh Tan District
    phường An Lạc = An Lac Ward
    phường Bình Hưng Hòa = Binh Hung Hoa Ward
    phường Tân Tạo = Tan Tao Ward
    Thành phố Hồ Chí Minh = Ho Chi Minh City
    huyện Củ Chi = Cu Chi District
    tỉnh Đồng Nai = Dong Nai Province
    quận 1 = District 1
""")
NATIONAL_BODIES = tuple(
    (kind, *pair)
    for kind, pair in zip(
        ("politburo", "national-assembly", "government", "secretariat", "ministry"),
        pairs("""
            Bộ Chính trị = Politburo
            Quốc hội = National Assembly
            Chính phủ = Government
            Ban Bí thư = Secretariat
            Bộ Tài chính = Ministry of Finance
        """),
        strict=True,
    )
)
TITLES = pairs("""
    Bí thư = Secretary
    Phó Bí thư = Deputy Secretary
    Chủ tịch = Chairman
    Phó Chủ tịch = Vice Chairman
    Ủy viên Ban Thường vụ = Standing Committee member
    Chủ nhiệm Ủy ban Kiểm tra = Chairman of the Inspection Committee
    Trưởng ban = Head
""")
TITLE_SUFFIXES = ("", *words("Quận ủy\nThành ủy\nỦy ban nhân dân quận\nĐảng ủy phường"))
ROLES = pairs("""
    Chủ trì = chaired
    Đến dự và phát biểu chỉ đạo = attended and gave directions
    Trình bày báo cáo = presented the report
    Dự = attended
    Điều hành = moderated
""")
BODIES = pairs("""
    Ban Chấp hành Đảng bộ quận = the district Party Executive Committee
    Ban Thường vụ Quận ủy = the Standing Board of the district Party Committee
    Hội đồng nhân dân quận = the district People's Council
    Ủy ban nhân dân quận = the district People's Committee
""")
DOCUMENT_TOPICS = pairs("""
    về thí điểm một số cơ chế, chính sách đặc thù phát triển Thành phố Hồ Chí Minh = on piloting special mechanisms and policies for Ho Chi Minh City
    về phương hướng, nhiệm vụ phát triển Thành phố Hồ Chí Minh đến năm 2030 = on the development of Ho Chi Minh City to 2030
    về công tác cán bộ = on personnel work
    về đẩy mạnh chuyển đổi số = on digital transformation
    về quản lý trật tự đô thị = on urban order
""")  # noqa: E501 -- one pair a line reads best
# Units each indicator's values come in, then its Vietnamese and English names.
INDICATORS = tuple(
    (units, *pair)
    for units, pair in zip(
        (
            ("VND",),
            ("VND",),
            ("VND", "%"),
            ("%",),
            ("%",),
            ("household",),
            ("person",),
            ("case",),
            ("ward",),
        ),
        pairs("""
            Tổng thu ngân sách = Total budget revenue
            Thu ngân sách nhà nước = State budget revenue
            Giải ngân vốn đầu tư công = Public investment disbursed
            Tốc độ tăng trưởng kinh tế = Economic growth rate
            Tỷ lệ hộ nghèo = Poverty rate
            Số hộ nghèo = Poor households
            Dân số = Population
            Số vụ phạm pháp hình sự = Criminal cases
            Số phường đạt chuẩn văn minh đô thị = Wards meeting the urban standard
        """),
        strict=True,
    )
)
BASELINES = pairs("""
    cùng kỳ năm trước = the same period last year
    cùng kỳ = the same period
    năm 2022 = 2022
    kế hoạch năm = the year's plan
""")
TARGET_NOTES = pairs("""
    đạt chỉ tiêu pháp lệnh = statutory target met
    vượt kế hoạch = plan exceeded
    chưa đạt chỉ tiêu nghị quyết = resolution target not met
""")
TOPICS = words("""
    budget
    personnel
    public-investment
    urban-order
    digital-transformation
    social-welfare
""")
ASSESSMENT_TOPICS = pairs("""
    tình hình an ninh chính trị, trật tự an toàn xã hội = political security and social order
    công tác cải cách hành chính = administrative reform
    công tác quản lý trật tự đô thị = urban order management
    công tác chăm lo an sinh xã hội = social welfare
    công tác xây dựng Đảng = Party building
    công tác giải ngân vốn đầu tư công = public investment disbursement
""")
VERDICTS = (
    (
        Trend.STABLE,
        pairs("""
        cơ bản ổn định = broadly stable
        tiếp tục được giữ vững = continued to be maintained
    """),
    ),
    (
        Trend.IMPROVED,
        pairs("""
        có chuyển biến tích cực = improved
        đạt kết quả tích cực = achieved positive results
        được tăng cường = was strengthened
    """),
    ),
    (
        Trend.WORSE,
        pairs("""
        còn diễn biến phức tạp = remains complicated
        chậm hơn so với cùng kỳ = slower than a year earlier
    """),
    ),
    (
        Trend.MIXED,
        pairs("""
        có chuyển biến nhưng còn hạn chế = improved, with shortcomings
    """),
    ),
    (
        None,
        pairs("""
        được tập trung thực hiện = was pursued
        còn một số hạn chế = still has shortcomings
    """),
    ),
)
ADDRESSEE_GROUPS = words("""
    các cơ quan, đơn vị
    cấp ủy các cấp
    các phường
    cán bộ, đảng viên
    các sở, ngành
    Ủy ban nhân dân các xã, thị trấn
""")
SLUG_WORDS = words(
    "quan\nuy\nbinh\ntan\nhoi\nnghi\nubnd\nhdnd\nphuong\nan\nlac\nthu\nngan\nsach\nnq\n98\n31"
)
PUBLISHERS = words("""
    Báo Sài Gòn Giải Phóng
    Báo Nhân Dân
    Báo Tuổi Trẻ
    Cổng thông tin quận Bình Tân
""")
AUTHORS = words("""
    Hoàng Hải
    Minh Châu
    Nhóm phóng viên
    Thanh Tâm
""")
DOMAINS = ("www.sggp.org.vn", "nhandan.vn", "tuoitre.vn", "binhtan.hochiminhcity.gov.vn")
# As a sentence starts with them: "Chiều 13-7".
TIME_WORDS = {time: time.vietnamese.capitalize() for time in TimeOfDay}
MOVED = dict(zip(Direction, words("tăng\ngiảm\nkhông đổi"), strict=True))
UNITS = ("%", "VND", "person", "household", "ward", "case")
# Counted things govreport has no code for: a quantity keeps their words.
COUNTED = words("đại biểu\ncá nhân\nlượt khách\ntổ chức cơ sở đảng\nkm²\nlần")
PER = ("year", "month")
# What a change is measured against, in the words after "so với".
BASELINE_WORDS = words("cùng kỳ\ncùng kỳ năm 2022\nnăm 2021\ncuối năm 2022\ntháng trước")
