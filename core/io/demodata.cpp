#include "io/demodata.h"

#include <QtGlobal>
#include <cmath>
#include <cstring>
#include <numbers>

namespace collector::demo {

namespace {

const char* const kChineseSurnames[] = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",   "朱",   "胡",  "郭", "何",
    "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",   "彭",   "曾",  "肖", "田",
    "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕",   "丁",   "任",  "沈", "姚",
    "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏",   "韦",   "方",  "白", "邹",
    "孟", "熊", "秦", "邱", "江", "尹", "薛", "段", "雷", "侯", "龙", "史", "欧阳", "司马", "上官"};

const char* const kChineseGivenParts[] = {
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
    "明", "超", "霞", "平", "刚", "玲", "桂", "英", "华", "建", "国", "文", "辉", "鹏", "宇",
    "浩", "欣", "怡", "婷", "雪", "琳", "晨", "悦", "思", "嘉", "子", "梓", "涵", "轩", "博",
    "睿", "晓", "红", "海", "燕", "秀", "兰", "志", "斌", "波", "宁", "飞", "丹", "萍", "鑫"};

const char* const kEnglishFirstNames[] = {
    "James",   "Mary",      "Robert",      "Patricia", "John",    "Jennifer", "Michael", "Linda",
    "David",   "Elizabeth", "William",     "Barbara",  "Richard", "Susan",    "Joseph",  "Jessica",
    "Thomas",  "Sarah",     "Christopher", "Karen",    "Charles", "Lisa",     "Daniel",  "Nancy",
    "Matthew", "Betty",     "Anthony",     "Sandra",   "Mark",    "Margaret", "Donald",  "Ashley",
    "Steven",  "Kimberly",  "Andrew",      "Emily",    "Paul",    "Donna",    "Joshua",  "Michelle",
    "Kevin",   "Carol",     "Brian",       "Amanda",   "George",  "Melissa",  "Timothy", "Deborah",
    "Ronald",  "Stephanie", "Jason",       "Rebecca",  "Maria",   "Luis",     "Wei"};

const char* const kEnglishLastNames[] = {
    "Smith",    "Johnson",   "Williams", "Brown",    "Jones",    "Garcia",   "Miller", "Davis",   "Rodriguez",
    "Martinez", "Hernandez", "Lopez",    "Gonzalez", "Wilson",   "Anderson", "Thomas", "Taylor",  "Moore",
    "Jackson",  "Martin",    "Lee",      "Perez",    "Thompson", "White",    "Harris", "Sanchez", "Clark",
    "Ramirez",  "Lewis",     "Robinson", "Walker",   "Young",    "Allen",    "King",   "Wright",  "Scott",
    "Torres",   "Nguyen",    "Hill",     "Flores",   "Green",    "Adams",    "Nelson", "Baker",   "Hall",
    "Rivera",   "Campbell",  "Mitchell", "Carter",   "Roberts",  "O'Brien",  "Chen",   "Wong"};

// Landline area codes and zones from the national numbering plans; districts and streets are real names.
const City kCities[] = {
    {"北京市",
     "CN",
     "北京",
     "010",
     "Asia/Shanghai",
     {"海淀区", "朝阳区", "东城区", "丰台区"},
     {"中关村大街", "建国路", "东直门内大街", "丰台北路"}},
    {"上海市",
     "CN",
     "上海",
     "021",
     "Asia/Shanghai",
     {"浦东新区", "徐汇区", "静安区", "闵行区"},
     {"世纪大道", "漕溪北路", "南京西路", "莘庄路"}},
    {"广州市",
     "CN",
     "广东",
     "020",
     "Asia/Shanghai",
     {"天河区", "越秀区", "海珠区", "白云区"},
     {"天河路", "中山五路", "江南大道", "机场路"}},
    {"深圳市",
     "CN",
     "广东",
     "0755",
     "Asia/Shanghai",
     {"南山区", "福田区", "罗湖区", "宝安区"},
     {"深南大道", "福华路", "人民南路", "宝安大道"}},
    {"成都市",
     "CN",
     "四川",
     "028",
     "Asia/Shanghai",
     {"武侯区", "锦江区", "青羊区", "成华区"},
     {"人民南路", "春熙路", "青华路", "建设路"}},
    {"武汉市",
     "CN",
     "湖北",
     "027",
     "Asia/Shanghai",
     {"武昌区", "江汉区", "洪山区", "汉阳区"},
     {"中南路", "解放大道", "珞喻路", "汉阳大道"}},
    {"杭州市",
     "CN",
     "浙江",
     "0571",
     "Asia/Shanghai",
     {"西湖区", "上城区", "拱墅区", "滨江区"},
     {"文三路", "解放路", "湖墅南路", "江南大道"}},
    {"西安市",
     "CN",
     "陕西",
     "029",
     "Asia/Shanghai",
     {"雁塔区", "碑林区", "新城区", "未央区"},
     {"小寨路", "南大街", "解放路", "凤城路"}},
    {"乌鲁木齐市",
     "CN",
     "新疆",
     "0991",
     "Asia/Urumqi",
     {"天山区", "沙依巴克区", "新市区", "水磨沟区"},
     {"解放南路", "友好北路", "北京南路", "南湖路"}},
    {"New York",
     "US",
     "NY",
     "212",
     "America/New_York",
     {"Manhattan", "Harlem", "Midtown", "Chelsea"},
     {"Broadway", "Lexington Ave", "W 34th St", "8th Ave"}},
    {"Boston",
     "US",
     "MA",
     "617",
     "America/New_York",
     {"Back Bay", "Dorchester", "Roxbury", "South End"},
     {"Boylston St", "Dorchester Ave", "Washington St", "Tremont St"}},
    {"Chicago",
     "US",
     "IL",
     "312",
     "America/Chicago",
     {"Loop", "Near North", "West Loop", "South Loop"},
     {"State St", "Michigan Ave", "Madison St", "Wabash Ave"}},
    {"Houston",
     "US",
     "TX",
     "713",
     "America/Chicago",
     {"Midtown", "Montrose", "Heights", "Downtown"},
     {"Main St", "Westheimer Rd", "Heights Blvd", "Travis St"}},
    {"Denver",
     "US",
     "CO",
     "303",
     "America/Denver",
     {"Capitol Hill", "LoDo", "Baker", "Highland"},
     {"Colfax Ave", "Larimer St", "Broadway", "Federal Blvd"}},
    {"Phoenix",
     "US",
     "AZ",
     "602",
     "America/Phoenix",
     {"Downtown", "Arcadia", "Maryvale", "Ahwatukee"},
     {"Central Ave", "Camelback Rd", "Indian School Rd", "Ray Rd"}},
    {"Los Angeles",
     "US",
     "CA",
     "213",
     "America/Los_Angeles",
     {"Downtown", "Koreatown", "Echo Park", "Westlake"},
     {"Wilshire Blvd", "Sunset Blvd", "Figueroa St", "Alvarado St"}},
    {"Seattle",
     "US",
     "WA",
     "206",
     "America/Los_Angeles",
     {"Capitol Hill", "Ballard", "Fremont", "Georgetown"},
     {"Pike St", "Market St", "Fremont Ave", "Airport Way"}},
    {"Anchorage",
     "US",
     "AK",
     "907",
     "America/Anchorage",
     {"Midtown", "Spenard", "Mountain View", "Downtown"},
     {"Northern Lights Blvd", "Spenard Rd", "Mountain View Dr", "4th Ave"}},
    {"Honolulu",
     "US",
     "HI",
     "808",
     "Pacific/Honolulu",
     {"Kaimuki", "Manoa", "Kalihi", "Waikiki"},
     {"Waialae Ave", "East Manoa Rd", "N King St", "Kalakaua Ave"}},
};

// Invented lenders: nothing here names a real company.
const CreditorSpec kCreditors[] = {
    {"HXCF",
     "恒信消费金融",
     "CN",
     "CNY",
     "fees,interest,principal",
     3,
     {"现金贷", "消费分期", "信用卡"},
     200000,
     8000000},
    {"ASXD",
     "安盛小额贷款",
     "CN",
     "CNY",
     "fees,interest,principal",
     2,
     {"现金贷", "经营贷", "消费分期"},
     100000,
     5000000},
    {"DFCC",
     "东方信用卡中心",
     "CN",
     "CNY",
     "interest,fees,principal",
     3,
     {"信用卡", "信用卡分期", "现金分期"},
     50000,
     10000000},
    {"NWB",
     "Northwind Bank Card Services",
     "US",
     "USD",
     "fees,interest,principal",
     5,
     {"Credit card", "Personal loan", "Store card"},
     30000,
     2500000},
    {"LAF",
     "Lakeside Auto Finance",
     "US",
     "USD",
     "interest,principal,fees",
     5,
     {"Auto loan", "Auto lease", "Personal loan"},
     300000,
     4500000},
};

// Mobile prefixes of the three CN operators (MIIT allocations).
const char* const kChineseMobilePrefixes[] = {
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156",
    "157", "158", "159", "166", "177", "180", "181", "182", "183", "185", "186", "187", "188", "189", "199"};

} // namespace

std::span<const char* const> chineseSurnames()
{
    return kChineseSurnames;
}
std::span<const char* const> chineseGivenNameParts()
{
    return kChineseGivenParts;
}
std::span<const char* const> englishFirstNames()
{
    return kEnglishFirstNames;
}
std::span<const char* const> englishLastNames()
{
    return kEnglishLastNames;
}
std::span<const City> cities()
{
    return kCities;
}
std::span<const CreditorSpec> creditors()
{
    return kCreditors;
}
std::span<const char* const> chineseMobilePrefixes()
{
    return kChineseMobilePrefixes;
}

const char* residentIdRegionPrefix(const City& city)
{
    // Administrative division codes (GB/T 2260) of a district in each city.
    struct Prefix
    {
        const char* areaCode;
        const char* prefix;
    };
    static const Prefix kPrefixes[] = {{"010", "110108"},  {"021", "310115"}, {"020", "440106"},
                                       {"0755", "440305"}, {"028", "510107"}, {"027", "420106"},
                                       {"0571", "330106"}, {"029", "610113"}, {"0991", "650102"}};
    for (const Prefix& p : kPrefixes)
        if (std::strcmp(p.areaCode, city.areaCode) == 0)
            return p.prefix;
    return "110101";
}

// City centres (WGS 84, to four decimals), the demo's addresses are placed around.
GeoPoint addressPoint(const City& city, int district, double u, double v)
{
    static const struct
    {
        const char* name;
        double latitude;
        double longitude;
    } kCentres[] = {{"北京市", 39.9042, 116.4074},    {"上海市", 31.2304, 121.4737},
                    {"广州市", 23.1291, 113.2644},    {"深圳市", 22.5431, 114.0579},
                    {"成都市", 30.5728, 104.0668},    {"武汉市", 30.5928, 114.3055},
                    {"杭州市", 30.2741, 120.1551},    {"西安市", 34.3416, 108.9398},
                    {"乌鲁木齐市", 43.8256, 87.6168}, {"New York", 40.7128, -74.0060},
                    {"Boston", 42.3601, -71.0589},    {"Chicago", 41.8781, -87.6298},
                    {"Houston", 29.7604, -95.3698},   {"Denver", 39.7392, -104.9903},
                    {"Phoenix", 33.4484, -112.0740},  {"Los Angeles", 34.0522, -118.2437},
                    {"Seattle", 47.6062, -122.3321},  {"Anchorage", 61.2181, -149.9003},
                    {"Honolulu", 21.3069, -157.8583}};
    GeoPoint centre;
    for (const auto& c : kCentres)
        if (qstrcmp(c.name, city.name) == 0)
            centre = {c.latitude, c.longitude};
    constexpr double kKmPerDegree = 111.195;
    const double kmPerLonDegree = kKmPerDegree * std::cos(centre.latitude * std::numbers::pi / 180.0);
    static const double kDirections[4][2] = {{0, -1}, {1, 0}, {0, 1}, {-1, 0}}; // west, north, east, south
    const double angle = 2 * std::numbers::pi * u;
    const double radius = 1.5 * std::sqrt(v);
    const double northKm = 4.0 * kDirections[district & 3][0] + radius * std::sin(angle);
    const double eastKm = 4.0 * kDirections[district & 3][1] + radius * std::cos(angle);
    return {centre.latitude + northKm / kKmPerDegree, centre.longitude + eastKm / kmPerLonDegree};
}

} // namespace collector::demo
