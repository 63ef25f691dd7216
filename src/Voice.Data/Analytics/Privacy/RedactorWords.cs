namespace Voice.Data.Analytics.Privacy;

/// <summary>The word lists behind <see cref="QuoteRedactor"/>. All compare without case.</summary>
static class RedactorWords
{
    static HashSet<string> Set(string words) =>
        new(words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    /// <summary>Family and relationship words: kept, they say who, not which person.</summary>
    public static readonly HashSet<string> Family = Set("""
        mum mummy mam mom mother dad daddy father nan nana nanna nanny gran granny grandma grandmother
        grandad grandpa grandfather auntie aunty aunt uncle cousin brother sister bro sis stepmum stepdad
        carer carers foster parents parent family baby
        """);

    /// <summary>Everyday words that follow a cue ("called me", "my sister is") or start a sentence.</summary>
    public static readonly HashSet<string> Ordinary = Set("""
        a an the and or but so if then than that this these those there here it its it's is was were be been
        being am are do does did done have has had i me my mine we us our you your he him his she her they
        them their who what when where why how which not no yes to of in on at by for from with about as up
        down out off over under again very too just only also all any some every each more most much many
        can could will would should may might must shall let lets get got go goes going went come came
        back round around into onto because after before while until since never always often sometimes
        said says say told tell asked ask called call named name names nothing something anything everything
        someone anyone everyone nobody somebody everybody one two three four five lots new old good bad
        nice kind mean horrible great really well ok okay please thanks thank sorry hi hello
        social worker workers sw iro carer teacher teachers school college home house contact review reviews
        meeting meetings plan plans team council manager court judge police doctor doctors nurse hospital
        dentist camhs keyworker key advocate advocacy adviser advisor personal pa leaving care children
        child young people person staff officer officers service services centre support group
        foster fostering placement placements unit hostel flat room bedroom kids boys girls friend friends
        boyfriend girlfriend partner mate mates different same new last next first week weeks month months
        year years day days time times today yesterday tomorrow tonight morning afternoon evening night
        im ive id dont cant wont didnt doesnt isnt wasnt couldnt wouldnt youre theyre thats whats thing things stuff
        """);

    /// <summary>Everyday words that follow a person's name ("Grace is", "Grace said"), so a name that is also a word stays a name.</summary>
    public static readonly HashSet<string> AfterAName = Set("""
        and or is was has had does did can could will would should may might must said says told asked called
        get got go goes went come came never always often sometimes just only also let lets
        """);

    /// <summary>Words after which an unknown capitalised word first in a sentence is a person: "Dele from the team", "Mo said".</summary>
    public static readonly HashSet<string> StartAfterAName = Set("""
        from said says told asked rang rings texted phoned helped helps came comes gave gives
        """);

    /// <summary>Words before a thing rather than a person: "my Phone", "a Party", "their Car".</summary>
    public static readonly HashSet<string> BeforeAThing = Set("""
        my your his her our their its a an
        """);

    /// <summary>Capitalised words that are not people or places.</summary>
    public static readonly HashSet<string> Capitalised = Set("""
        i i'm i've i'd i'll ok okay
        monday tuesday wednesday thursday friday saturday sunday january february march april june july
        august september october november december christmas easter eid diwali ramadan hanukkah halloween
        english maths math science history geography art music pe re french spanish german drama
        gcse gcses btec pep peps ehcp sen send nhs gp camhs iro lac sw ofsted covid
        xbox playstation ps4 ps5 nintendo switch youtube tiktok instagram snapchat facebook whatsapp
        google netflix minecraft fortnite roblox discord spotify mcdonalds mcdonald's kfc
        god allah jesus muslim christian jewish sikh hindu catholic islam bible quran church mosque
        british english scottish welsh irish polish romanian black white asian mixed traveller
        mum mam dad nan council social worker review meeting team manager court police school college
        """);

    /// <summary>
    /// Common first names in England and Wales (ONS baby names, Open Government Licence), chosen
    /// for the ages Voice serves, and the parents and workers they write about.
    /// </summary>
    public static readonly HashSet<string> FirstNames = Set("""
        oliver george harry jack jacob noah charlie muhammad mohammed mohammad thomas oscar william james
        henry leo alfie joshua freddie archie ethan isaac alexander joseph edward samuel max daniel arthur
        lucas mohamed logan theo harrison benjamin mason sebastian finley adam dylan zachary riley teddy
        theodore david toby jake louie elijah reuben arlo hugo luca jaxon matthew harvey reggie michael
        harley jude albert tommy luke stanley jenson frankie jayden gabriel elliot caleb ronnie kai louis
        ryan liam tyler callum connor kyle jordan bradley lewis kieran aaron nathan ben sam joe tom dan
        luke jamie shane dean lee craig darren wayne gary paul mark steven stephen andrew chris christopher
        kevin ian john peter simon neil richard robert anthony tony martin jason scott carl adrian keith
        olivia amelia isla ava mia isabella sophia grace lily freya emily ivy ella rosie evie florence poppy
        charlotte willow isabelle sophie sienna elsie phoebe harper daisy millie evelyn alice ruby matilda
        esme emilia jessica maya layla hallie erin bella lola eva thea imogen sofia aria eliza molly lucy
        holly chloe megan amy lauren hannah abigail zara ellie maisie katie leah paige courtney shannon
        jade jasmine amber bethany rebecca rachel sarah laura emma gemma kelly nicola claire michelle
        lisa karen tracey tracy julie donna sharon joanne helen louise victoria natalie stacey kayleigh
        chantelle tia kayla kayden aiden brandon reece rhys owen evan ewan morgan taylor alex sasha jess
        priya aisha fatima zainab maryam amira hassan ali omar yusuf ibrahim ahmed hamza bilal ayaan
        zayn aryan arjun rohan sanjay raj amir tariq imran asif sana noor hana leila yasmin
        kacper jakub szymon oskar zuzanna julia wiktoria amelka maja lena
        tyrone jermaine marcus andre dwayne shanice aaliyah keisha tanisha
        dave steve mike rob bob jim jimmy bill billy sue pat kim sam jo nick rich phil pete andy
        nikki becky becca lou liz beth kate katy kat jen jenny jenna vicky vic
        will hope rose faith joy may june april summer autumn dawn robin frank grant miles chase drew
        guy hunter sky river penny ray jay sandy heather iris violet hazel jasper rocco
        """);

    /// <summary>Names that are also ordinary words: a name only when capitalised.</summary>
    public static readonly HashSet<string> AlsoWords = Set("""
        will hope rose faith joy may june april summer autumn dawn robin frank grant miles chase drew
        guy hunter sky river penny ray jay sandy heather iris violet hazel holly ivy daisy poppy willow
        amber jade ruby grace lily jasmine bill pat sue rob mark max jack harry bob rich nick dean mason
        chance
        """);
}
